package dk.protokol.infra.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login throttling (issue 11) for the login form and HTTP Basic alike: after {@code protokol.login.max-failures-per-account}
 * (default 5) wrong passwords for one account within {@code protokol.login.window} (15 minutes), or
 * {@code protokol.login.max-failures-per-address} (20) from one address, further logins of that account or from that
 * address are refused for {@code protokol.login.lockout} (15 minutes), even with the right password. The refusal comes
 * before the password is looked at ({@link LoginThrottleFilter}); the lockout is logged with account and address,
 * never the password. A successful login forgets the account's failures (not the address's).
 * <p>
 * Failures are counted from Spring Security's {@link AuthenticationFailureBadCredentialsEvent} of a user name and
 * password (an unknown user name counts as a wrong password, as it looks the same from outside). Kept in memory per
 * node, bounded; the time comes from the injected {@link Clock}.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Beyond this many tracked keys the oldest quiet ones are forgotten, so a spray of names cannot fill memory. */
    private static final int MAX_TRACKED = 50_000;

    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Duration lockout;
    private final Map<String, Track> tracks = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock,
                         @Value("${protokol.login.max-failures-per-account:5}") int maxPerAccount,
                         @Value("${protokol.login.max-failures-per-address:20}") int maxPerAddress,
                         @Value("${protokol.login.window:15m}") Duration window,
                         @Value("${protokol.login.lockout:15m}") Duration lockout) {
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lockout = lockout;
    }

    /** When a login of {@code username} from {@code address} may be tried again, if it may not now. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant until = null;
        for (String key : new String[] {accountKey(username), addressKey(address)}) {
            Track track = key == null ? null : tracks.get(key);
            Instant lockedUntil = track == null ? null : track.lockedUntil(now);
            if (lockedUntil != null && (until == null || lockedUntil.isAfter(until))) {
                until = lockedUntil;
            }
        }
        return Optional.ofNullable(until);
    }

    /** Whole minutes (at least 1) until {@code until}, as the refusal says. */
    public long minutesUntil(Instant until) {
        long seconds = Math.max(0, Duration.between(clock.instant(), until).toSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (tracks.size() > MAX_TRACKED) {
            tracks.entrySet().removeIf(entry -> entry.getValue().quietSince(now, window, lockout));
        }
        count(accountKey(username), maxPerAccount, now, "account", username, address);
        count(addressKey(address), maxPerAddress, now, "address", username, address);
    }

    public void succeeded(String username) {
        String key = accountKey(username);
        if (key != null) {
            tracks.remove(key);
        }
    }

    /** Forgets every failure and lockout (an operator's reset; tests that share one application). */
    public void forgetAll() {
        tracks.clear();
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
            failed(login.getName(), addressOf(login));
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
            succeeded(login.getName());
        }
    }

    private void count(String key, int max, Instant now, String what, String username, String address) {
        if (key == null) {
            return;
        }
        Track track = tracks.computeIfAbsent(key, k -> new Track());
        Instant lockedUntil = track.fail(now, window, max, lockout);
        if (lockedUntil != null) {
            log.warn("Login locked by {} after {} wrong passwords within {}: account '{}', address {}, until {}",
                    what, max, window, username, address, lockedUntil);
        }
    }

    private static String addressOf(UsernamePasswordAuthenticationToken login) {
        return login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    private static String accountKey(String username) {
        return username == null || username.isBlank() ? null
                : "account:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "address:" + address;
    }

    /** One account's or address's recent failures and lockout. */
    private static final class Track {

        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;

        /** Records a failure; answers the new lockout's end when this failure starts one. */
        synchronized Instant fail(Instant now, Duration window, int max, Duration lockout) {
            if (lockedUntil != null && now.isBefore(lockedUntil)) {
                return null; // already locked; attempts while locked are refused before they are checked
            }
            failures.addLast(now);
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(window))) {
                failures.removeFirst();
            }
            if (failures.size() >= max) {
                failures.clear();
                lockedUntil = now.plus(lockout);
                return lockedUntil;
            }
            return null;
        }

        synchronized Instant lockedUntil(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil) ? lockedUntil : null;
        }

        synchronized boolean quietSince(Instant now, Duration window, Duration lockout) {
            Instant last = failures.isEmpty() ? null : failures.peekLast();
            boolean locked = lockedUntil != null && now.isBefore(lockedUntil);
            return !locked && (last == null || last.isBefore(now.minus(window)));
        }
    }
}
