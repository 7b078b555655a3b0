package dk.protokol.events.organisation;

import dk.protokol.events.ids.PersonId;

/**
 * Events of the Person aggregate. Personal data (name, e-mail, phone) lives in these
 * events only, so that it can be encrypted per person and crypto-shredded.
 */
public sealed interface PersonEvent permits PersonRegistered, PersonDetailsChanged, PersonErased,
        PersonMarkedAsOfficial, PersonLanguageChosen {
    PersonId personId();
}
