package dk.protokol.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The configuration that {@code @WebMvcTest}s of the command controllers find. The real application is in
 * infra; this gives the controllers what infra would: method security, the clock, an access policy.
 */
@SpringBootApplication
@EnableMethodSecurity
public class CommandWebTestApplication {

    /** 15 September 2025, 12:00 in Copenhagen: "today" for requests that leave a date out. */
    public static final Instant NOW = Instant.parse("2025-09-15T10:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/Copenhagen"));
    }

    @Bean
    TestAccessPolicy accessPolicy() {
        return new TestAccessPolicy();
    }

    /** Stands in for infra's policy bean of the same name; a test may refuse everyone. */
    public static class TestAccessPolicy {

        private boolean allowed = true;

        public boolean canChangeOrganisation(Authentication authentication) {
            return allowed && authentication != null;
        }

        public void refuseEveryone() {
            allowed = false;
        }

        public void allowEveryone() {
            allowed = true;
        }
    }
}
