package dk.protokol.events.query.publication;

/** The bodies that publish their approved minutes, for the public index page (no login). */
public record FindPublishingBodies() {
}
