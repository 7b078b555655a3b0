package dk.protokol.infra.web;

import dk.protokol.infra.security.DemoAccounts;

import java.util.Map;
import java.util.UUID;

/** The demo users, as the tests use them: {@code sekretaer} linked to a fixed person, {@code admin} with ADMIN. */
public final class TestUsers {

    public static final UUID SEKRETAER_PERSON = UUID.fromString("5e4a1c2d-0000-4000-8000-000000000001");

    private TestUsers() {
    }

    /** Idempotent, so every test class can call it before its tests, in whatever order they run. */
    public static void ensure(DemoAccounts demoAccounts) {
        demoAccounts.ensure(Map.of("sekretaer", SEKRETAER_PERSON));
    }
}
