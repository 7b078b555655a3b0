package dk.protokol.events.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * With the minutes sent out for comment, the body's objection period (indsigelsesfrist) began: members comment until
 * {@code endsAt}, {@code objectionDays} days after the circulation (to the end of that day, Copenhagen time). When
 * {@code tacitApproval} holds, minutes without an open objection at {@code endsAt} are approved by the system
 * ("referatet betragtes som godkendt, hvis der ikke er indsigelser inden 8 dage"). The body's setting as it stood at
 * the circulation, so a later change of the setting does not move a running period.
 */
@Revision("1")
public record ObjectionPeriodStarted(MeetingId meetingId, int objectionDays, Instant endsAt, boolean tacitApproval)
        implements MeetingEvent {
}
