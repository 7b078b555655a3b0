package dk.protokol.command.meeting;

import dk.protokol.command.body.OrgLookupRebuilder;
import dk.protokol.command.common.LookupRecorder;
import dk.protokol.events.meeting.JointBodyAdded;
import dk.protokol.events.meeting.JointBodyWithdrawn;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.ObjectionPeriodStarted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link MeetingLookup} in step with the events. It belongs to the same subscribing processing
 * group as the organisation lookup ({@value LookupRecorder#PROCESSING_GROUP}): it runs in the publishing
 * transaction, its failures roll the command back, and {@link OrgLookupRebuilder} rebuilds both together.
 */
@Component
@ProcessingGroup(LookupRecorder.PROCESSING_GROUP)
public class MeetingLookupUpdater implements LookupRecorder {

    private final JdbcMeetingLookup lookup;

    public MeetingLookupUpdater(JdbcMeetingLookup lookup) {
        this.lookup = lookup;
    }

    @EventHandler
    void on(MeetingScheduled event) {
        record(event);
    }

    @EventHandler
    void on(MeetingRescheduled event) {
        record(event);
    }

    @EventHandler
    void on(JointBodyAdded event) {
        record(event);
    }

    @EventHandler
    void on(JointBodyWithdrawn event) {
        record(event);
    }

    @EventHandler
    void on(ObjectionPeriodStarted event) {
        record(event);
    }

    @EventHandler
    void on(MinutesApproved event) {
        record(event);
    }

    @Override
    public boolean records(Class<?> payloadType) {
        return payloadType == MeetingScheduled.class || payloadType == MeetingRescheduled.class
                || payloadType == JointBodyAdded.class || payloadType == JointBodyWithdrawn.class
                || payloadType == ObjectionPeriodStarted.class || payloadType == MinutesApproved.class;
    }

    /** The change one event makes to the lookup; shared by the live handlers and {@link OrgLookupRebuilder}. */
    @Override
    public void record(Object event) {
        if (event instanceof MeetingScheduled scheduled) {
            lookup.addMeeting(scheduled.meetingId(), scheduled.bodyId(), scheduled.start().toLocalDate());
        } else if (event instanceof MeetingRescheduled rescheduled) {
            lookup.moveMeeting(rescheduled.meetingId(), rescheduled.start().toLocalDate());
        } else if (event instanceof JointBodyAdded added) {
            lookup.addJointBody(added.meetingId(), added.bodyId());
        } else if (event instanceof JointBodyWithdrawn withdrawn) {
            lookup.withdrawJointBody(withdrawn.meetingId(), withdrawn.bodyId());
        } else if (event instanceof ObjectionPeriodStarted period && period.tacitApproval()) {
            lookup.awaitTacitApproval(period.meetingId(), period.endsAt());
        } else if (event instanceof MinutesApproved approved) {
            lookup.approved(approved.meetingId());
        }
    }
}
