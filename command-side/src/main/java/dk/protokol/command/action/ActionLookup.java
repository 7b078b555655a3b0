package dk.protokol.command.action;

import dk.protokol.events.ids.ActionId;

import java.util.Optional;

/**
 * Which body an action belongs to and who owns it now, for the access checks made before the action's aggregate
 * is loaded (the owner reports progress on and completes their own action; the body's secretary and chair may do
 * everything). Kept in the append transaction like the organisation and meeting lookups ({@link ActionLookupUpdater}),
 * so a reassignment takes effect at once.
 */
public interface ActionLookup {

    Optional<KnownAction> action(ActionId id);
}
