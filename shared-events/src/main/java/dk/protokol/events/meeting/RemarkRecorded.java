package dk.protokol.events.meeting;

import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/**
 * A member's recorded remark on a decision (protokolbemærkning).
 * <p>Revision 2: {@code text} is free text the member ({@code personId}) wrote and may name them, so it is personal
 * data sealed under the author's key ({@code pd1:...}, see {@link dk.protokol.events.personal.PersonalData}); read
 * it through that port only. Once the author is erased it no longer reads, while the remark stays in the minutes'
 * structure. Revision 1 held the text in plaintext; {@link RemarkRecordedUpcaster} reads it as revision 2 with the
 * plaintext value until the store's migration seals it.
 */
@Revision("2")
public record RemarkRecorded(MeetingId meetingId, DecisionId decisionId, PersonId personId, String text) implements MeetingEvent {
}
