package dk.protokol.infra.security;

import dk.protokol.events.caller.Account;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.ids.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@code account} and {@code account_role} tables (V4__accounts_and_idempotency.sql). */
@Repository
class AccountStore {

    private final JdbcTemplate jdbc;

    AccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountPrincipal> findByUsername(String username) {
        List<AccountPrincipal> found = jdbc.query(
                "SELECT id, username, password_hash, person_id, enabled FROM account WHERE username = ?",
                (row, i) -> principal(row), username);
        return found.stream().findFirst();
    }

    Optional<AccountPrincipal> findById(UUID id) {
        List<AccountPrincipal> found = jdbc.query(
                "SELECT id, username, password_hash, person_id, enabled FROM account WHERE id = ?",
                (row, i) -> principal(row), id);
        return found.stream().findFirst();
    }

    boolean any() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM account", Boolean.class));
    }

    boolean exists(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT COUNT(*) > 0 FROM account WHERE username = ?", Boolean.class, username));
    }

    /** Caller's transaction: the account and its roles appear together or not at all. */
    void insert(UUID id, String username, String passwordHash, UUID personId, Set<GlobalRole> roles,
                Instant createdAt, String createdBy) {
        jdbc.update("INSERT INTO account (id, username, password_hash, person_id, enabled, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, TRUE, ?, ?)",
                id, username, passwordHash, personId, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC), createdBy);
        for (GlobalRole role : roles) {
            jdbc.update("INSERT INTO account_role (account_id, role_name) VALUES (?, ?)", id, role.name());
        }
    }

    /** Every account as the administrator sees it (no password hash), by username. */
    List<Account> all() {
        return jdbc.query("SELECT id, username, person_id, enabled, created_at, created_by FROM account "
                + "ORDER BY username", (row, i) -> account(row));
    }

    Optional<Account> find(String username) {
        return jdbc.query("SELECT id, username, person_id, enabled, created_at, created_by FROM account "
                + "WHERE username = ?", (row, i) -> account(row), username).stream().findFirst();
    }

    /** Whether the account may still sign in; an account that no longer exists may not. */
    boolean enabled(UUID id) {
        return Boolean.TRUE.equals(jdbc.query("SELECT enabled FROM account WHERE id = ?",
                (row, i) -> row.getBoolean("enabled"), id).stream().findFirst().orElse(false));
    }

    void disable(String username) {
        jdbc.update("UPDATE account SET enabled = FALSE WHERE username = ?", username);
    }

    void changePasswordHash(String username, String passwordHash) {
        jdbc.update("UPDATE account SET password_hash = ? WHERE username = ?", passwordHash, username);
    }

    void link(String username, UUID personId) {
        jdbc.update("UPDATE account SET person_id = ? WHERE username = ?", personId, username);
    }

    private Account account(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        UUID person = row.getObject("person_id", UUID.class);
        return new Account(id, row.getString("username"), PersonId.ofNullable(person), Set.copyOf(roles(id)),
                row.getBoolean("enabled"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getString("created_by"));
    }

    private List<GlobalRole> roles(UUID accountId) {
        return jdbc.queryForList("SELECT role_name FROM account_role WHERE account_id = ? ORDER BY role_name",
                String.class, accountId).stream().map(GlobalRole::valueOf).toList();
    }

    private AccountPrincipal principal(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        List<GlobalRole> roles = roles(id);
        return new AccountPrincipal(id, row.getString("username"), row.getString("password_hash"),
                row.getObject("person_id", UUID.class), roles, row.getBoolean("enabled"));
    }
}
