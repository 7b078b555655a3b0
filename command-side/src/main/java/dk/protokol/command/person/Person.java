package dk.protokol.command.person;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.protokol.command.common.DomainRule;
import dk.protokol.events.command.person.ChangePersonDetails;
import dk.protokol.events.command.person.ChooseLanguage;
import dk.protokol.events.command.person.ErasePerson;
import dk.protokol.events.command.person.MarkPersonAsOfficial;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonErased;
import dk.protokol.events.organisation.PersonLanguageChosen;
import dk.protokol.events.organisation.PersonMarkedAsOfficial;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.personal.PersonalData;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person known to the minute book. The aggregate keeps no personal data in its state: names and contact
 * details live only in the events, sealed under the person's key by {@link PersonalData} before the event is applied
 * (the key is made in the command's transaction), never in snapshots. Erasure deletes the key in the same
 * transaction as {@link PersonErased} is appended; an official (marked as acting in an office) is not erased.
 * Revision 2: the state knows whether the person was erased and the office they act in; revision 3: the language of
 * their mail.
 */
@Aggregate(snapshotTriggerDefinition = "protokolSnapshotTrigger")
@Revision("3")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // snapshots are written by Jackson; no getters
class Person {

    @AggregateIdentifier
    private PersonId personId;
    private boolean erased;
    /** The office the person acts in (marked as an official); null: a private person. */
    private String office;
    /** The language of the person's mail (null: never chosen, Danish). */
    private String language;

    Person() {
        // for Axon and for snapshots
    }

    @CommandHandler
    Person(RegisterPerson command, PersonalData personalData) {
        PersonId id = command.personId();
        apply(new PersonRegistered(id, personalData.seal(id, command.name().strip()),
                personalData.seal(id, blankToNull(command.email())),
                personalData.seal(id, blankToNull(command.phone())), blankToNull(command.organisation())));
    }

    @CommandHandler
    void handle(ChangePersonDetails command, PersonalData personalData) {
        DomainRule.check(new ErasedPersonTakesNoDetails(erased));
        apply(new PersonDetailsChanged(personId, personalData.seal(personId, command.name().strip()),
                personalData.seal(personId, blankToNull(command.email())),
                personalData.seal(personId, blankToNull(command.phone())), blankToNull(command.organisation())));
    }

    @CommandHandler
    void handle(ErasePerson command, PersonalData personalData, Clock clock,
                @MetaDataValue("userId") String userId) {
        DomainRule.check(new PersonIsErasedOnce(erased));
        DomainRule.check(new OfficialsAreNotErased(office));
        apply(new PersonErased(personId, command.reason().strip(), userId, clock.instant()));
        personalData.forget(personId);
    }

    @CommandHandler
    void handle(MarkPersonAsOfficial command) {
        DomainRule.check(new ErasedPersonTakesNoDetails(erased));
        String newOffice = command.office().strip();
        if (!newOffice.equals(office)) {
            apply(new PersonMarkedAsOfficial(personId, newOffice));
        }
    }

    @CommandHandler
    void handle(ChooseLanguage command) {
        DomainRule.check(new ErasedPersonTakesNoDetails(erased));
        if (!command.language().equals(language == null ? "da" : language)) {
            apply(new PersonLanguageChosen(personId, command.language()));
        }
    }

    @EventSourcingHandler
    void on(PersonLanguageChosen event) {
        language = event.language();
    }

    @EventSourcingHandler
    void on(PersonMarkedAsOfficial event) {
        office = event.office();
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
    }

    @EventSourcingHandler
    void on(PersonErased event) {
        erased = true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
