package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/**
 * A member (or the secretariat) commented on circulated minutes (bemærkning til referatet), on one item or, with
 * {@code itemId} null, on the minutes as a whole. Until the secretary answers it, the comment is an open objection:
 * it holds back a tacit approval. {@code text} is the author's own words and may name them, so it is sealed under
 * the author's key ({@code pd1:...}, see {@link dk.protokol.events.personal.PersonalData}), as a remark is.
 */
@Revision("1")
public record MinutesCommentMade(MeetingId meetingId, CommentId commentId, AgendaItemId itemId, PersonId authorId,
                                 String text) implements MeetingEvent {
}
