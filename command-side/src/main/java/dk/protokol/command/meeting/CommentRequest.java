package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.CommentOnMinutes;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

public record CommentRequest(
        @Schema(description = "Det punkt, bemærkningen gælder; udelades: referatet som helhed")
        UUID itemId,
        String text) {

    CommentOnMinutes toCommand(MeetingId meeting, CommentId comment, PersonId author, Instant now) {
        return new CommentOnMinutes(meeting, comment, AgendaItemId.ofNullable(itemId), author, text, now);
    }
}
