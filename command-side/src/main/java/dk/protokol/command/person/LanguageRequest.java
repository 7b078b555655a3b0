package dk.protokol.command.person;

import dk.protokol.events.command.person.ChooseLanguage;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.media.Schema;

/** The language a person reads their mail in: {@code da} or {@code en}. */
public record LanguageRequest(@Schema(example = "en", description = "da (dansk) eller en (engelsk)") String language) {

    ChooseLanguage toChooseLanguage(PersonId id) {
        return new ChooseLanguage(id, language);
    }
}
