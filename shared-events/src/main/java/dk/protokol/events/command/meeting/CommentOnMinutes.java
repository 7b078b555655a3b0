package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * A member's comment on circulated minutes ({@code itemId} null: on the minutes as a whole). {@code authorId} is the
 * person the caller acts as; {@code madeAt} the moment (the aggregate reads no clock), which must lie within the
 * objection period.
 */
public record CommentOnMinutes(@TargetAggregateIdentifier MeetingId meetingId,
                               CommentId commentId,
                               AgendaItemId itemId,
                               PersonId authorId,
                               @NotBlank(message = "Skriv din bemærkning til referatet.")
                               @Size(max = 10000, message = "Bemærkningen må højst være 10.000 tegn.")
                               String text,
                               Instant madeAt) {

    public CommentOnMinutes {
        Limits.check(CommentOnMinutes.class, meetingId, commentId, itemId, authorId, text, madeAt);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(madeAt, "madeAt");
    }
}
