package dk.protokol.events.organisation;

import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/**
 * The person acts in an office (a chair, a kommunaldirektør): what they do there is a public record the law requires
 * kept (offentlighedsloven, arkivloven), so their data is not erased. {@code office} names the office, not the person.
 */
@Revision("1")
public record PersonMarkedAsOfficial(PersonId personId, String office) implements PersonEvent {
}
