package dk.protokol.events.meeting;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/**
 * The minutes were approved (godkendt) and are locked from now on: by the chair ({@code approvedBy}), usually under
 * the standing item of the next meeting ({@code atMeetingId}, may be null), or by the system when the body approves
 * tacitly and the objection period ended without an open objection: then {@code approvedBy} is null and {@code rule}
 * names the rule that applied ({@value #TACIT_APPROVAL}).
 * <p>Revision 2 added {@code rule}; {@link MinutesApprovedUpcaster} reads revision 1 with {@code rule} null (the
 * chair approved).
 */
@Revision("2")
public record MinutesApproved(MeetingId meetingId, PersonId approvedBy, MeetingId atMeetingId, String rule)
        implements MeetingEvent {

    /** The rule of a tacit approval: the objection period ended without an open objection. */
    public static final String TACIT_APPROVAL = "TacitApprovalAfterObjectionPeriod";

    /** Approved by the chair. */
    public MinutesApproved(MeetingId meetingId, PersonId approvedBy, MeetingId atMeetingId) {
        this(meetingId, approvedBy, atMeetingId, null);
    }

    public boolean tacit() {
        return TACIT_APPROVAL.equals(rule);
    }
}
