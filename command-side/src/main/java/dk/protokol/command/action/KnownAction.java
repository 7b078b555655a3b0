package dk.protokol.command.action;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;

/** What the command side knows of an action outside its aggregate: the body that follows it up, its owner now. */
public record KnownAction(ActionId id, BodyId bodyId, PersonId ownerId) {
}
