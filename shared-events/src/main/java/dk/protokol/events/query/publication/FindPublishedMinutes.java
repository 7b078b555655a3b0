package dk.protokol.events.query.publication;

import dk.protokol.events.ids.BodyId;

/**
 * A publishing body's approved minutes for its public page (no login): answered only when the body publishes its
 * approved minutes (a body setting), and then with approved minutes only; otherwise not found.
 */
public record FindPublishedMinutes(BodyId bodyId) {
}
