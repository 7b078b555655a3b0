package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AnswerMinutesComment;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.CommentResolution;
import io.swagger.v3.oas.annotations.media.Schema;

public record AnswerCommentRequest(
        @Schema(description = "CORRECTED: referatet rettes (teksten er den rettede ordlyd); NOTED: bemærkningen "
                + "noteres (teksten siger hvorfor)")
        CommentResolution resolution,
        String text) {

    AnswerMinutesComment toCommand(MeetingId meeting, CommentId comment) {
        return new AnswerMinutesComment(meeting, comment, resolution, text);
    }
}
