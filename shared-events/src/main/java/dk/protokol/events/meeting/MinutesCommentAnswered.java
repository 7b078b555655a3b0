package dk.protokol.events.meeting;

import dk.protokol.events.ids.CommentId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/**
 * The secretary answered a comment on circulated minutes: by a correction ({@code text} is the corrected wording,
 * shown in the minutes beside the item) or by noting it ({@code text} says why nothing changes). The comment is then
 * no longer an open objection.
 */
@Revision("1")
public record MinutesCommentAnswered(MeetingId meetingId, CommentId commentId, CommentResolution resolution,
                                     String text) implements MeetingEvent {
}
