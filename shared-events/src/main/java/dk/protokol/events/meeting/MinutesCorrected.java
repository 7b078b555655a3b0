package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** A recorded correction to approved minutes; the original text stays visible beside it. {@code itemId} may be null (a correction of the minutes as a whole). */
@Revision("1")
public record MinutesCorrected(MeetingId meetingId, CorrectionId correctionId, AgendaItemId itemId, String text, String reason) implements MeetingEvent {
}
