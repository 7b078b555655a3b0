package dk.protokol.events.organisation;

import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/**
 * The language a person reads Protokol's mail in (issue 14, item 4): {@code "da"} (the default of a person who never
 * chose) or {@code "en"}. A preference, not personal data: it names no one and stays readable after an erasure.
 */
@Revision("1")
public record PersonLanguageChosen(PersonId personId, String language) implements PersonEvent {
}
