package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.DeclareConflictOfInterest;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;

import java.util.UUID;

public record ConflictRequest(
        UUID personId,
        String note) {

    DeclareConflictOfInterest toCommand(MeetingId meeting, AgendaItemId item) {
        return new DeclareConflictOfInterest(meeting, item, PersonId.ofNullable(personId), note);
    }
}
