package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.RecordAttendance;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record AttendanceRequest(
        @NotNull(message = "Vælg personen.")
        UUID personId,
        @Schema(description = "Deltager, afbud, fraværende uden afbud, gæst")
        @NotNull(message = "Vælg om personen deltager, har meldt afbud, er fraværende eller er gæst.")
        AttendanceStatus status,
        @Schema(description = "Det medlem, en suppleant møder for / the member a substitute stands in for")
        UUID substituteFor,
        @Schema(description = "Delvis deltagelse: første punkt / partial attendance: first item")
        UUID fromItemId,
        @Schema(description = "Delvis deltagelse: sidste punkt / partial attendance: last item")
        UUID toItemId,
        @Size(max = 1000, message = "Bemærkningen må højst være 1.000 tegn.")
        String note) {

    RecordAttendance toCommand(MeetingId meeting) {
        return new RecordAttendance(meeting, PersonId.of(personId), status,
                substituteFor == null ? null : PersonId.of(substituteFor),
                fromItemId == null ? null : AgendaItemId.of(fromItemId),
                toItemId == null ? null : AgendaItemId.of(toItemId), note);
    }
}
