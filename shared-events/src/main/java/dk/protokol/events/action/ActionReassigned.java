package dk.protokol.events.action;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/** The action got a new owner. */
@Revision("1")
public record ActionReassigned(ActionId actionId, PersonId previousOwnerId, PersonId ownerId) implements ActionItemEvent {
}
