package dk.protokol.infra.security;

import dk.protokol.events.caller.OpenAccount;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.command.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first administrator of an installation: on a store with no account at all (after the demo data, which brings
 * its own users), {@code PROTOKOL_ADMIN_USERNAME} and {@code PROTOKOL_ADMIN_PASSWORD} open an ADMIN account, who
 * then opens the others ({@code POST /api/accounts}). The variables are read only then, have no default, and a
 * password shorter than {@value #MIN_PASSWORD} characters stops the start with the reason: a public body's system
 * never starts with a guessable administrator. Without them, the log says how to open the first account, and
 * nothing is created.
 */
@Component
@Order(200)
class FirstAdministrator implements ApplicationRunner {

    static final int MIN_PASSWORD = 12;

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final Pattern USERNAME = Pattern.compile(OpenAccount.USERNAME);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdministrator(AccountService accounts, @Value("${protokol.admin.username:}") String username,
                       @Value("${protokol.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username == null ? "" : username.strip();
        this.password = password == null ? "" : password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.any()) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            log.warn("Protokol has no account yet. Open the first administrator by starting once with "
                    + "PROTOKOL_ADMIN_USERNAME and PROTOKOL_ADMIN_PASSWORD (at least {} characters) set; "
                    + "nothing was created.", MIN_PASSWORD);
            return;
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalStateException("PROTOKOL_ADMIN_USERNAME must be 3-64 characters: lower-case letters, "
                    + "digits, '.', '_' or '-'.");
        }
        if (password.length() < MIN_PASSWORD) {
            throw new IllegalStateException("PROTOKOL_ADMIN_PASSWORD must be at least " + MIN_PASSWORD
                    + " characters; the first administrator was not created.");
        }
        try {
            accounts.openUnchecked(username, password, null, Set.of(GlobalRole.ADMIN), AuditMetadata.SYSTEM);
        } catch (RuleViolation openedMeanwhile) {
            return; // another node starting at the same time opened it first
        }
        log.info("The first administrator '{}' was created; the administrator variables are not read again.", username);
    }
}
