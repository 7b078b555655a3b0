package dk.protokol.command.meeting;

import dk.protokol.command.body.OrgLookupRebuilder;
import dk.protokol.command.common.DomainRule;
import dk.protokol.command.common.LookupRecorder;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Keeps the {@link ReferralLookup} in step with the events, in the lookups' subscribing processing group
 * ({@value LookupRecorder#PROCESSING_GROUP}): the title of every agenda item (a referred case keeps the title it
 * had), the referrals, and which item took each case onto an agenda. A case waits again when that item is
 * withdrawn or its meeting cancelled, as in the query side's case view.
 */
@Component
@ProcessingGroup(LookupRecorder.PROCESSING_GROUP)
public class ReferralLookupUpdater implements LookupRecorder {

    private static final Set<Class<?>> RECORDED = Set.of(AgendaItemAdded.class, AgendaItemAmended.class,
            AgendaItemWithdrawn.class, MeetingCancelled.class, CaseReferred.class, ReferredCaseAccepted.class);

    private final JdbcReferralLookup lookup;

    public ReferralLookupUpdater(JdbcReferralLookup lookup) {
        this.lookup = lookup;
    }

    @EventHandler
    void on(AgendaItemAdded event) {
        record(event);
    }

    @EventHandler
    void on(AgendaItemAmended event) {
        record(event);
    }

    @EventHandler
    void on(AgendaItemWithdrawn event) {
        record(event);
    }

    @EventHandler
    void on(MeetingCancelled event) {
        record(event);
    }

    @EventHandler
    void on(CaseReferred event) {
        record(event);
    }

    @EventHandler
    void on(ReferredCaseAccepted event) {
        record(event);
    }

    @Override
    public boolean records(Class<?> payloadType) {
        return RECORDED.contains(payloadType);
    }

    /** The change one event makes to the lookup; shared by the live handlers and {@link OrgLookupRebuilder}. */
    @Override
    public void record(Object event) {
        if (event instanceof AgendaItemAdded added) {
            lookup.addItemTitle(added.meetingId(), added.itemId(), added.title());
        } else if (event instanceof AgendaItemAmended amended) {
            lookup.changeItemTitle(amended.meetingId(), amended.itemId(), amended.title());
        } else if (event instanceof AgendaItemWithdrawn withdrawn) {
            lookup.releaseItem(withdrawn.meetingId(), withdrawn.itemId());
        } else if (event instanceof MeetingCancelled cancelled) {
            lookup.releaseMeeting(cancelled.meetingId());
        } else if (event instanceof CaseReferred referred) {
            lookup.addReferral(referred.referralId(), referred.meetingId(), referred.itemId(), referred.targetBodyId(),
                    referred.note());
        } else if (event instanceof ReferredCaseAccepted accepted) {
            // The Meeting checked this against the lookup before it applied the event, but another meeting may
            // have accepted the case in between; here, after the append took the commit-order lock, that is seen.
            if (!lookup.markAccepted(accepted.referralId(), accepted.meetingId(), accepted.itemId())) {
                KnownReferral referral = lookup.existingReferral(accepted.referralId(), "referralId");
                DomainRule.check(new ReferralAcceptedOnlyOnce(referral.acceptedAtMeetingId(), null));
                throw new IllegalStateException("Referral " + accepted.referralId() + " could not be marked accepted");
            }
        }
    }
}
