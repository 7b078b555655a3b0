package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;
import org.axonframework.serialization.Revision;

/**
 * The body publishes its approved minutes on a public page without login ({@code published} true), or stops doing
 * so: a body setting (issue 14). Only approved minutes, and only bilag marked public, are ever shown there.
 */
@Revision("1")
public record MinutesPublicationChanged(BodyId bodyId, boolean published) implements BodyEvent {
}
