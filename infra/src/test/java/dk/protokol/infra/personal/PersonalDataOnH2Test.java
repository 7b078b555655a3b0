package dk.protokol.infra.personal;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.personal.PersonalData;
import dk.protokol.infra.ProtokolApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default (H2 in PostgreSQL mode) with the demo data: Flyway's V13 and the Java V14 run there too, the
 * demo's people are registered sealed, one key each, and every name reads back through the port.
 */
@SpringBootTest(classes = ProtokolApplication.class, properties = {"protokol.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:personal-data-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
class PersonalDataOnH2Test {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalData personalData;

    @Test
    void theDemosPeopleAreSealedUnderAKeyEachAndReadBack() throws Exception {
        List<Map<String, Object>> events = jdbc.queryForList("SELECT aggregate_identifier, payload_revision, payload"
                + " FROM domain_event_entry WHERE payload_type = 'dk.protokol.events.organisation.PersonRegistered'");
        assertThat(events).hasSizeGreaterThan(10);
        for (Map<String, Object> event : events) {
            assertThat(event.get("payload_revision")).isEqualTo("2");
            String payload = new String((byte[]) event.get("payload"), StandardCharsets.UTF_8);
            String name = new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload).path("name").asText();
            assertThat(name).startsWith("pd1:");
            PersonId person = PersonId.of(UUID.fromString((String) event.get("aggregate_identifier")));
            assertThat(personalData.reveal(person, name)).isPresent().get().asString().isNotBlank();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_key WHERE key_bytes IS NOT NULL", Integer.class))
                .isEqualTo(events.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE \"version\" = '14'",
                Integer.class)).isEqualTo(1);
    }
}
