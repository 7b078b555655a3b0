package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;
import org.axonframework.serialization.Revision;

/**
 * The body's approved minutes are opened to every signed-in user ({@code open}), or kept to its readers again: a
 * body setting (issue 11). Minutes not yet approved stay with the body's readers either way.
 */
@Revision("1")
public record ApprovedMinutesOpened(BodyId bodyId, boolean open) implements BodyEvent {
}
