package dk.protokol.command.person;

import dk.protokol.events.command.person.ChangePersonDetails;
import dk.protokol.events.command.person.RegisterPerson;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person known to the minute book. The aggregate keeps no personal data in its state: names and contact
 * details live only in the events (where they can be encrypted and crypto-shredded), never in snapshots.
 */
@Aggregate(snapshotTriggerDefinition = "protokolSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // snapshots are written by Jackson; no getters
class Person {

    @AggregateIdentifier
    private PersonId personId;

    Person() {
        // for Axon and for snapshots
    }

    @CommandHandler
    Person(RegisterPerson command) {
        apply(new PersonRegistered(command.personId(), command.name().strip(), blankToNull(command.email()),
                blankToNull(command.phone()), blankToNull(command.organisation())));
    }

    @CommandHandler
    void handle(ChangePersonDetails command) {
        apply(new PersonDetailsChanged(personId, command.name().strip(), blankToNull(command.email()),
                blankToNull(command.phone()), blankToNull(command.organisation())));
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
