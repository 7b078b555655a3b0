package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.CommentResolution;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * The secretary answers a comment on circulated minutes: {@code CORRECTED} with the corrected wording, or
 * {@code NOTED} with why the minutes stay as they are.
 */
public record AnswerMinutesComment(@TargetAggregateIdentifier MeetingId meetingId,
                                   CommentId commentId,
                                   @NotNull(message = "Vælg, om referatet rettes, eller bemærkningen noteres.")
                                   CommentResolution resolution,
                                   @NotBlank(message = "Skriv rettelsen eller svaret på bemærkningen.")
                                   @Size(max = 10000, message = "Svaret må højst være 10.000 tegn.")
                                   String text) {

    public AnswerMinutesComment {
        Limits.check(AnswerMinutesComment.class, meetingId, commentId, resolution, text);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(commentId, "commentId");
    }
}
