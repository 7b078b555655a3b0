package dk.protokol.query.actions;

import dk.protokol.events.action.ActionItemEvent;
import dk.protokol.events.ids.ActionId;
import dk.protokol.query.common.EventHistory;
import dk.protokol.query.common.Stamp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Time travel ({@code asOf}): the actions as the system knew them at an instant, folded in memory from the
 * recorded ActionItem events with the very fold the live projection uses.
 */
public final class ActionReplay {

    /** The aggregate type as Axon stores it: the aggregate's simple class name. */
    public static final String AGGREGATE_TYPE = "ActionItem";

    private ActionReplay() {
    }

    /** Every action recorded at or before {@code asOf}, as it stood then. */
    public static Map<ActionId, ActionState> all(EventHistory history, Instant asOf) {
        Map<ActionId, ActionState> actions = new LinkedHashMap<>();
        history.replay(Set.of(AGGREGATE_TYPE), asOf, recorded -> {
            if (recorded.payload() instanceof ActionItemEvent event) {
                ActionState next = ActionFold.apply(actions.get(event.actionId()), event, Stamp.of(recorded));
                if (next != null) {
                    actions.put(event.actionId(), next);
                }
            }
        });
        return actions;
    }

    /** One action as it stood at {@code asOf}, or null if it had not been agreed by then. */
    public static ActionState one(EventHistory history, ActionId id, Instant asOf) {
        ActionState[] state = {null};
        history.replayAggregate(id.toString(), asOf, recorded -> {
            if (recorded.payload() instanceof ActionItemEvent event) {
                state[0] = ActionFold.apply(state[0], event, Stamp.of(recorded));
            }
        });
        return state[0];
    }
}
