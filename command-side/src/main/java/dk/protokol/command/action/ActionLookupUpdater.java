package dk.protokol.command.action;

import dk.protokol.command.common.LookupRecorder;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.action.ActionReassigned;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link ActionLookup} in step with the events, in the lookups' subscribing processing group
 * ({@value LookupRecorder#PROCESSING_GROUP}): it runs in the publishing transaction, its failures roll the
 * command back, and the lookups' rebuilder refills it with the others.
 */
@Component
@ProcessingGroup(LookupRecorder.PROCESSING_GROUP)
public class ActionLookupUpdater implements LookupRecorder {

    private final JdbcActionLookup lookup;

    public ActionLookupUpdater(JdbcActionLookup lookup) {
        this.lookup = lookup;
    }

    @EventHandler
    void on(ActionItemOpened event) {
        record(event);
    }

    @EventHandler
    void on(ActionReassigned event) {
        record(event);
    }

    @Override
    public boolean records(Class<?> payloadType) {
        return payloadType == ActionItemOpened.class || payloadType == ActionReassigned.class;
    }

    /** The change one event makes to the lookup; shared by the live handlers and the lookups' rebuilder. */
    @Override
    public void record(Object event) {
        if (event instanceof ActionItemOpened opened) {
            lookup.addAction(opened.actionId(), opened.bodyId(), opened.ownerId());
        } else if (event instanceof ActionReassigned reassigned) {
            lookup.changeOwner(reassigned.actionId(), reassigned.ownerId());
        }
    }
}
