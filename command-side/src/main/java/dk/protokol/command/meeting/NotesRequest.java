package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.RecordItemNotes;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NotesRequest(
        @NotBlank(message = "Referatet skal udfyldes.")
        @Size(max = 100000, message = "Referatet må højst være 100.000 tegn.")
        String text) {

    RecordItemNotes toCommand(MeetingId meeting, AgendaItemId item) {
        return new RecordItemNotes(meeting, item, text);
    }
}
