package dk.protokol.events.action;

import dk.protokol.events.ids.ActionId;
import org.axonframework.serialization.Revision;

/** A completed or cancelled action was opened again. */
@Revision("1")
public record ActionReopened(ActionId actionId, String reason) implements ActionItemEvent {
}
