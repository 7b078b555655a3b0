package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.DeclareConflictOfInterest;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record ConflictRequest(
        @NotNull(message = "Vælg det medlem, der er inhabilt.")
        UUID personId,
        @Size(max = 2000, message = "Bemærkningen må højst være 2.000 tegn.")
        String note) {

    DeclareConflictOfInterest toCommand(MeetingId meeting, AgendaItemId item) {
        return new DeclareConflictOfInterest(meeting, item, PersonId.of(personId), note);
    }
}
