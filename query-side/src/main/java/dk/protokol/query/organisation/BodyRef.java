package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;

/** A body named in a view; {@code name} is absent when the body is unknown to the bodies view. */
public record BodyRef(BodyId bodyId, String name) {
}
