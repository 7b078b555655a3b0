package dk.protokol.infra.security;

import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production start on an empty PostgreSQL store, without demo data, with the two administrator variables: the
 * administrator signs in and may do what only an administrator may (register a person); a wrong password may not.
 */
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"protokol.demo-data=false", "protokol.admin.username=driftsadmin",
                "protokol.admin.password=et-langt-kodeord-1"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class FirstAdministratorOnPostgresTest {

    @LocalServerPort
    int port;

    @Test
    void theFirstAdministratorSignsInAndRegistersAPerson() {
        Http http = new Http(port);
        assertThat(http.post("driftsadmin", "et-langt-kodeord-1", "/api/people", "{\"name\":\"Første person\"}")
                .status()).isEqualTo(201);
        assertThat(http.post("driftsadmin", "forkert-kodeord-1", "/api/people", "{\"name\":\"Anden person\"}")
                .status()).isEqualTo(401);
    }
}
