package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.RecordItemNotes;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;

public record NotesRequest(
        String text) {

    RecordItemNotes toCommand(MeetingId meeting, AgendaItemId item) {
        return new RecordItemNotes(meeting, item, text);
    }
}
