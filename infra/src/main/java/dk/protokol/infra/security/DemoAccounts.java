package dk.protokol.infra.security;

import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.command.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The demo users of API.md "Authentication". Created only when the demo data is loaded, never by
 * themselves: a production system must not start with well-known passwords.
 */
@Component
public class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** Demo username -> its global roles; the others get their rights from their person's memberships. */
    public static final Map<String, Set<GlobalRole>> USERS = demoUsers();

    private final AccountService accounts;
    private final String password;

    DemoAccounts(AccountService accounts, @Value("${protokol.demo-password:demo}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    /**
     * Creates the demo accounts that do not exist yet, linked to the given people; existing accounts are left
     * as they are, so calling it again is harmless.
     *
     * @param personIdsByUsername the person each demo user acts as (e.g. {@code sekretaer} -> the secretariat's
     *                            person); users left out get no person
     * @throws IllegalArgumentException for a username that is not a demo user (most likely a typo)
     */
    public void ensure(Map<String, UUID> personIdsByUsername) {
        Set<String> unknown = new TreeSet<>(personIdsByUsername.keySet());
        unknown.removeAll(USERS.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Not demo users: " + unknown + "; demo users are " + USERS.keySet());
        }
        USERS.forEach((username, roles) -> {
            if (accounts.exists(username)) {
                return;
            }
            try {
                accounts.openUnchecked(username, password, personIdsByUsername.get(username), roles,
                        AuditMetadata.SYSTEM);
                log.info("Demo account '{}' created", username);
            } catch (RuleViolation createdMeanwhile) {
                // another node loading the demo data at the same time got there first
            }
        });
    }

    private static Map<String, Set<GlobalRole>> demoUsers() {
        Map<String, Set<GlobalRole>> users = new LinkedHashMap<>();
        users.put("admin", Set.of(GlobalRole.ADMIN));
        users.put("sekretaer", Set.of());
        users.put("formand", Set.of());
        users.put("medlem", Set.of());
        users.put("evaluator", Set.of(GlobalRole.EVALUATOR));
        return Collections.unmodifiableMap(users);
    }
}
