package dk.protokol.infra.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API keys per account (issue 15): what an integration authenticates with instead of a password. A key is 32 random
 * bytes behind the prefix {@value #PREFIX}, shown once when issued; only its SHA-256 is stored, so checking it is one
 * indexed lookup (no bcrypt) and a copy of the database does not reveal it. A key acts as its account, with the
 * account's roles as they are at each request; it stops working when it expires, is revoked, or its account is
 * disabled. The last use is written at most once a minute.
 */
@Service
public class ApiKeys {

    public static final String PREFIX = "prk_";
    static final int MAX_DAYS = 730;
    static final int DEFAULT_DAYS = 365;
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final AccountStore accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcTemplate jdbc, AccountStore accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A key as listed: never the key itself. */
    public record ApiKey(UUID id, String name, String prefix, Instant createdAt, String createdBy, Instant expiresAt,
                         Instant revokedAt, String revokedBy, Instant lastUsedAt, boolean active) {
    }

    /** A key just issued: the only time {@code key} is shown. */
    public record IssuedKey(UUID id, String name, String key, String prefix, Instant expiresAt) {
    }

    /** A refusal of the request to issue or revoke, with the Danish message the API answers. */
    public static class Refused extends RuntimeException {
        private final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    @Transactional
    public IssuedKey issue(String username, String name, Integer validDays, String issuedBy) {
        AccountPrincipal account = accounts.findByUsername(username)
                .orElseThrow(() -> new Refused("username", "Kontoen findes ikke: " + username));
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new Refused("name", "Giv nøglen et navn, så den kan kendes igen (fx integrationens navn).");
        }
        if (label.length() > 100) {
            throw new Refused("name", "Navnet må højst være 100 tegn.");
        }
        int days = validDays == null ? DEFAULT_DAYS : validDays;
        if (days < 1 || days > MAX_DAYS) {
            throw new Refused("validDays", "En nøgle gælder fra 1 til " + MAX_DAYS + " dage.");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        String prefix = key.substring(0, PREFIX.length() + 6);
        jdbc.update("INSERT INTO api_key (id, account_id, name, key_hash, key_prefix, created_at, created_by, "
                        + "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, account.accountId(), label, hash(key),
                prefix, utc(now), issuedBy, utc(expires));
        return new IssuedKey(id, label, key, prefix, expires);
    }

    public List<ApiKey> list(String username) {
        AccountPrincipal account = accounts.findByUsername(username)
                .orElseThrow(() -> new Refused("username", "Kontoen findes ikke: " + username));
        Instant now = clock.instant();
        return jdbc.query("SELECT id, name, key_prefix, created_at, created_by, expires_at, revoked_at, revoked_by, "
                        + "last_used_at FROM api_key WHERE account_id = ? ORDER BY created_at, id",
                (row, n) -> {
                    Instant expires = instant(row.getTimestamp("expires_at"));
                    Instant revoked = instant(row.getTimestamp("revoked_at"));
                    return new ApiKey(row.getObject("id", UUID.class), row.getString("name"),
                            row.getString("key_prefix"), instant(row.getTimestamp("created_at")),
                            row.getString("created_by"), expires, revoked, row.getString("revoked_by"),
                            instant(row.getTimestamp("last_used_at")), revoked == null && expires.isAfter(now));
                }, account.accountId());
    }

    /** Revokes the account's key; a key already revoked stays as it was revoked. */
    @Transactional
    public ApiKey revoke(String username, UUID id, String revokedBy) {
        AccountPrincipal account = accounts.findByUsername(username)
                .orElseThrow(() -> new Refused("username", "Kontoen findes ikke: " + username));
        jdbc.update("UPDATE api_key SET revoked_at = ?, revoked_by = ? WHERE id = ? AND account_id = ? "
                + "AND revoked_at IS NULL", utc(clock.instant()), revokedBy, id, account.accountId());
        return list(username).stream().filter(key -> key.id().equals(id)).findFirst()
                .orElseThrow(() -> new Refused("id", "Kontoen har ingen nøgle med id " + id + "."));
    }

    /**
     * The account a presented key acts as: empty when the key is unknown, expired, revoked, or its account disabled
     * (the caller answers all four alike, so a key's state is not told to someone who merely holds a guess).
     */
    public Optional<AccountPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Found> found = jdbc.query("SELECT id, account_id, expires_at, revoked_at, last_used_at FROM api_key "
                        + "WHERE key_hash = ?",
                (row, n) -> new Found(row.getObject("id", UUID.class), row.getObject("account_id", UUID.class),
                        instant(row.getTimestamp("expires_at")), instant(row.getTimestamp("revoked_at")),
                        instant(row.getTimestamp("last_used_at"))), hash(presented));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Found key = found.get(0);
        if (key.revokedAt() != null || !key.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        Optional<AccountPrincipal> account = accounts.findById(key.accountId()).filter(AccountPrincipal::isEnabled);
        if (account.isPresent() && (key.lastUsedAt() == null
                || key.lastUsedAt().plus(LAST_USED_GRANULARITY).isBefore(now))) {
            jdbc.update("UPDATE api_key SET last_used_at = ? WHERE id = ?", utc(now), key.id());
        }
        return account;
    }

    private record Found(UUID id, UUID accountId, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
    }

    static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
