package dk.protokol.events.action;

import dk.protokol.events.ids.ActionId;
import org.axonframework.serialization.Revision;

/** The action was cancelled; it is no longer expected to be done. */
@Revision("1")
public record ActionCancelled(ActionId actionId, String reason) implements ActionItemEvent {
}
