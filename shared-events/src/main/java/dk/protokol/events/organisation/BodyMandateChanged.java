package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The body's mandate (kommissorium) reads {@code mandate} from {@code on}; null: the body has none from then. */
@Revision("1")
public record BodyMandateChanged(BodyId bodyId, String mandate, LocalDate on) implements BodyEvent {
}
