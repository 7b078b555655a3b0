package dk.protokol.infra.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** The table {@code account_external_identity} (V10__account_external_identity.sql). */
@Repository
class ExternalIdentityStore {

    /** A provider identity: the ID token's {@code iss} and {@code sub}. */
    record ExternalIdentity(String issuer, String subject) {
    }

    private final JdbcTemplate jdbc;

    ExternalIdentityStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account the identity is bound to. */
    Optional<UUID> accountOf(String issuer, String subject) {
        return jdbc.query("SELECT account_id FROM account_external_identity WHERE issuer = ? AND subject = ?",
                (row, i) -> row.getObject("account_id", UUID.class), issuer, subject).stream().findFirst();
    }

    /** The identity the account is bound to. */
    Optional<ExternalIdentity> identityOf(UUID accountId) {
        return jdbc.query("SELECT issuer, subject FROM account_external_identity WHERE account_id = ?",
                (row, i) -> new ExternalIdentity(row.getString("issuer"), row.getString("subject")), accountId)
                .stream().findFirst();
    }

    /**
     * Binds the identity to the account.
     *
     * @throws org.springframework.dao.DuplicateKeyException the account, or the identity, is bound already
     */
    void bind(UUID accountId, String issuer, String subject, Instant at) {
        jdbc.update("INSERT INTO account_external_identity (account_id, issuer, subject, bound_at) VALUES (?, ?, ?, ?)",
                accountId, issuer, subject, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
