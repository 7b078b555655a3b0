package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.RecordRemark;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;

import java.util.UUID;

public record RemarkRequest(
        UUID personId,
        String text) {

    RecordRemark toCommand(MeetingId meeting, DecisionId decision) {
        return new RecordRemark(meeting, decision, PersonId.ofNullable(personId), text);
    }
}
