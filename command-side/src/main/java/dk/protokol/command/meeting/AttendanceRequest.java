package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.RecordAttendance;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

public record AttendanceRequest(
        UUID personId,
        @Schema(description = "Deltager, afbud, fraværende uden afbud, gæst")
        AttendanceStatus status,
        @Schema(description = "Det medlem, en suppleant møder for / the member a substitute stands in for")
        UUID substituteFor,
        @Schema(description = "Delvis deltagelse: første punkt / partial attendance: first item")
        UUID fromItemId,
        @Schema(description = "Delvis deltagelse: sidste punkt / partial attendance: last item")
        UUID toItemId,
        String note) {

    RecordAttendance toCommand(MeetingId meeting) {
        return new RecordAttendance(meeting, PersonId.ofNullable(personId), status,
                PersonId.ofNullable(substituteFor),
                AgendaItemId.ofNullable(fromItemId),
                AgendaItemId.ofNullable(toItemId), note);
    }
}
