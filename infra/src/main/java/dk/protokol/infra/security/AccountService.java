package dk.protokol.infra.security;

import dk.protokol.events.caller.Account;
import dk.protokol.events.caller.ChangeAccountPassword;
import dk.protokol.events.caller.DisableAccount;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.caller.LinkAccountToPerson;
import dk.protokol.events.caller.OpenAccount;
import dk.protokol.events.command.FieldMessage;
import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.UnknownReference;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The local accounts: opened, disabled, given a new password, linked to a person. The one place their rules are
 * held, whoever asks (the API's {@link AccountController}, the pages through {@link LocalAccounts}, the demo data,
 * the first administrator): a username is taken once, a password is one bcrypt can take, a linked person exists, an
 * account is disabled once and never by its own user. What is typed is limited by the published language's commands
 * ({@link OpenAccount}, {@link ChangeAccountPassword}, ...: their constructors check it). Refusals are the published
 * language's ({@link RuleViolation} 409, {@link UnknownReference} 404, {@link InvalidCommand} 400), so the API
 * and the pages tell them alike.
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
     * Opens an account, after checking that the linked person exists.
     *
     * @throws RuleViolation    {@code UsernameMustBeUnique}
     * @throws UnknownReference {@code personId} names no registered person
     * @throws InvalidCommand   the password is longer than bcrypt can take
     */
    @Transactional
    public UUID open(OpenAccount account, String createdBy) {
        UUID personId = account.personId() == null ? null : account.personId().value();
        requirePerson(personId);
        return openUnchecked(account.username(), account.password(), personId, account.roles(), createdBy);
    }

    /** {@link #open(OpenAccount, String)} from its parts (the tests' and the demo's shorthand). */
    @Transactional
    public UUID open(String username, String password, UUID personId, Set<GlobalRole> roles, String createdBy) {
        requirePerson(personId);
        return openUnchecked(username, password, personId, roles, createdBy);
    }

    /** For the demo data, whose people were recorded a moment ago by the same process. */
    @Transactional
    UUID openUnchecked(String username, String password, UUID personId, Set<GlobalRole> roles, String createdBy) {
        requireBcryptFits(password);
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

    /**
     * Disables an account: it signs in no more (with a password, HTTP Basic or OpenID Connect).
     *
     * @param by the username of whoever disables it
     * @throws UnknownReference no such account
     * @throws RuleViolation    {@code AccountIsDisabledOnce}, {@code NoOneDisablesTheirOwnAccount}
     */
    @Transactional
    public void disable(DisableAccount command, String by) {
        Account account = existing(command.username());
        if (!account.enabled()) {
            throw new RuleViolation("AccountIsDisabledOnce", "username",
                    "Kontoen '" + account.username() + "' er allerede spærret.");
        }
        if (Objects.equals(account.username(), by)) {
            throw new RuleViolation("NoOneDisablesTheirOwnAccount", "username",
                    "Du kan ikke spærre din egen konto: bed en anden administrator om det.");
        }
        store.disable(account.username());
    }

    /**
     * Gives an account a new password.
     *
     * @throws UnknownReference no such account
     * @throws InvalidCommand   the password is longer than bcrypt can take
     */
    @Transactional
    public void changePassword(ChangeAccountPassword command) {
        Account account = existing(command.username());
        requireBcryptFits(command.password());
        store.changePasswordHash(account.username(), passwordEncoder.encode(command.password()));
    }

    /**
     * Links an account to the person it acts as (in place of any earlier one).
     *
     * @throws UnknownReference no such account, or {@code personId} names no registered person
     */
    @Transactional
    public void link(LinkAccountToPerson command) {
        Account account = existing(command.username());
        requirePerson(command.personId().value());
        store.link(account.username(), command.personId().value());
    }

    /** Every account (never a password hash), by username. */
    public List<Account> all() {
        return store.all();
    }

    public Optional<Account> find(String username) {
        return store.find(username);
    }

    /** Whether the installation has any account at all. */
    boolean any() {
        return store.any();
    }

    boolean exists(String username) {
        return store.exists(username);
    }

    private Account existing(String username) {
        return store.find(username).orElseThrow(() -> new UnknownReference("username",
                "Der findes ingen konto med brugernavnet '" + username + "'."));
    }

    private void requirePerson(UUID personId) {
        if (personId != null && !isRegisteredPerson(personId)) {
            throw new UnknownReference("personId", "Der findes ingen person med id " + personId + ".");
        }
    }

    private static void requireBcryptFits(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidCommand(List.of(new FieldMessage("password", "Adgangskoden må højst fylde "
                    + MAX_PASSWORD_BYTES + " bytes (æ, ø, å og andre særlige tegn tæller dobbelt).")));
        }
    }

    private boolean isRegisteredPerson(UUID personId) {
        DomainEventStream events = eventStore.readEvents(personId.toString());
        return events.hasNext() && PERSON_AGGREGATE.equals(events.peek().getType());
    }

    private static RuleViolation usernameTaken(String username) {
        return new RuleViolation("UsernameMustBeUnique", "username",
                "Brugernavnet '" + username + "' er allerede i brug.");
    }
}
