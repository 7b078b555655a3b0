package dk.protokol.infra.security;

import java.util.UUID;

/** The answer to {@code POST /api/accounts} (201) and to the account's upkeep (200): which account. */
public record AccountCreated(UUID id, String username) {
}
