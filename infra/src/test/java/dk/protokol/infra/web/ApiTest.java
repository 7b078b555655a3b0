package dk.protokol.infra.web;

import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one application context of the security and web tests: the real application on a random port with the
 * test API of {@link ApiTestConfiguration}, on a fresh PostgreSQL database. Shared by all those tests (same
 * configuration, so Spring's test context cache starts it once), which therefore use their own usernames and
 * keys.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {ProtokolApplication.class, ApiTestConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "protokol.api.max-request-size=64KB")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface ApiTest {
}
