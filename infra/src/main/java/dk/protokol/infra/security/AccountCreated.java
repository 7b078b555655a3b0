package dk.protokol.infra.security;

import java.util.UUID;

/** The answer to {@code POST /api/accounts}. */
public record AccountCreated(UUID id, String username) {
}
