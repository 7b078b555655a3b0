package dk.protokol.query.organisation;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.personal.PersonalData;
import dk.protokol.events.words.Words;

import java.util.Objects;

/**
 * A person as the organisation views show them. Personal data: only the people view holds it. The stored view
 * ({@code person_view}) keeps {@code name}, {@code email} and {@code phone} as the events hold them (sealed); every
 * read hands out {@link #revealed} views, decrypted through the one port {@link PersonalData}. An erased person
 * ({@code erased}, or whose key is gone) reads as {@link #ERASED_NAME} with no contact details. {@code office}: the
 * office an official acts in (null: a private person). {@code language}: the language of the person's mail,
 * {@code "en"} when chosen (null: Danish, the default; issue 14).
 */
public record PersonView(PersonId id, String name, String email, String phone, String organisation, boolean erased,
                         String office, String language) {

    /** How an erased person is named in every view, page, document, export and history. */
    public static final String ERASED_NAME = Words.DANISH.word("person.erased");
    /** The same in English pages and histories. */
    public static final String ERASED_NAME_EN = Words.ENGLISH.word("person.erased");

    public PersonView {
        Objects.requireNonNull(id, "id");
    }

    public PersonView(PersonId id, String name, String email, String phone, String organisation) {
        this(id, name, email, phone, organisation, false, null, null);
    }

    /** A person without a chosen language (the shape before {@code language}). */
    public PersonView(PersonId id, String name, String email, String phone, String organisation, boolean erased,
                      String office) {
        this(id, name, email, phone, organisation, erased, office, null);
    }

    /** The same person acting in {@code office} (marked as an official: not erased). */
    public PersonView withOffice(String office) {
        return new PersonView(id, name, email, phone, organisation, erased, office, language);
    }

    /** The same person reading their mail in {@code language} ("da" or "en"). */
    public PersonView withLanguage(String language) {
        return new PersonView(id, name, email, phone, organisation, erased, office, language);
    }

    /** An erased person: no personal data, the organisation they came from kept (not personal data). */
    public static PersonView erased(PersonId id, String organisation) {
        return new PersonView(id, ERASED_NAME, null, null, organisation, true, null);
    }

    /** The view as read: personal data decrypted; an erased person (or one whose name cannot be read) as erased. */
    public PersonView revealed(PersonalData personalData) {
        if (erased) {
            return erased(id, organisation);
        }
        String plainName = personalData.reveal(id, name).orElse(null);
        if (plainName == null) {
            return erased(id, organisation);
        }
        return new PersonView(id, plainName, personalData.reveal(id, email).orElse(null),
                personalData.reveal(id, phone).orElse(null), organisation, false, office, language);
    }
}
