package dk.protokol.infra.security;

import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.infra.web.InvalidInput;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * Opens local accounts. The rules that hold for every account live here (unique username, a password
 * bcrypt can take, a person that exists); the input rules of the HTTP API sit on {@link CreateAccountRequest}.
 */
@Service
public class AccountService {

    /** bcrypt silently ignores, and Spring Security's encoder rejects, anything beyond 72 bytes. */
    static final int MAX_PASSWORD_BYTES = 72;
    /** The aggregate type of a person in the event store (TEAM-NOTES "Aggregates"). */
    private static final String PERSON_AGGREGATE = "Person";

    private final AccountStore store;
    private final PasswordEncoder passwordEncoder;
    private final EventStore eventStore;
    private final Clock clock;

    AccountService(AccountStore store, PasswordEncoder passwordEncoder, EventStore eventStore, Clock clock) {
        this.store = store;
        this.passwordEncoder = passwordEncoder;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /**
     * Opens an account for a user, after checking that the linked person exists.
     *
     * @throws RuleViolation     {@code UsernameMustBeUnique}
     * @throws UnknownReference  {@code personId} names no registered person
     * @throws InvalidInput      the password is longer than bcrypt can take
     */
    @Transactional
    public UUID open(String username, String password, UUID personId, Set<GlobalRole> roles, String createdBy) {
        if (personId != null && !isRegisteredPerson(personId)) {
            throw new UnknownReference("personId", "Der findes ingen person med id " + personId + ".");
        }
        return openUnchecked(username, password, personId, roles, createdBy);
    }

    /** For the demo data, whose people were recorded a moment ago by the same process. */
    @Transactional
    UUID openUnchecked(String username, String password, UUID personId, Set<GlobalRole> roles, String createdBy) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInput("password", "Adgangskoden må højst fylde " + MAX_PASSWORD_BYTES
                    + " bytes (æ, ø, å og andre særlige tegn tæller dobbelt).");
        }
        if (store.exists(username)) {
            throw usernameTaken(username);
        }
        UUID id = UUID.randomUUID();
        try {
            store.insert(id, username, passwordEncoder.encode(password), personId, roles, clock.instant(), createdBy);
        } catch (DuplicateKeyException raceLost) {
            throw usernameTaken(username);
        }
        return id;
    }

    /** Whether the installation has any account at all. */
    boolean any() {
        return store.any();
    }

    boolean exists(String username) {
        return store.exists(username);
    }

    private boolean isRegisteredPerson(UUID personId) {
        DomainEventStream events = eventStore.readEvents(personId.toString());
        return events.hasNext() && PERSON_AGGREGATE.equals(events.peek().getType());
    }

    private static RuleViolation usernameTaken(String username) {
        return new RuleViolation("UsernameMustBeUnique", "Brugernavnet '" + username + "' er allerede i brug.");
    }
}
