package dk.protokol.events.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.json.EventJson;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored form of revision 2: a declaration from a day, and one from the establishment (from null). */
class BodyRelationDeclaredJsonTest {

    private static final String BODY = "6f1c2a7e-1111-4a6b-9c1d-000000000001";
    private static final String TARGET = "6f1c2a7e-2222-4a6b-9c1d-000000000002";

    private final ObjectMapper json = EventJson.newMapper();

    @Test
    void aDeclarationFromADayReadsAndWritesItsDay() throws Exception {
        String stored = "{\"bodyId\":\"" + BODY + "\",\"targetBodyId\":\"" + TARGET
                + "\",\"relation\":\"SERVES\",\"from\":\"2026-03-01\"}";
        BodyRelationDeclared event = json.readValue(stored, BodyRelationDeclared.class);

        assertThat(event).isEqualTo(new BodyRelationDeclared(BodyId.of(BODY), BodyId.of(TARGET), RelationKind.SERVES,
                LocalDate.of(2026, 3, 1)));
        assertThat(json.writeValueAsString(event)).isEqualTo(stored);
    }

    @Test
    void aDeclarationFromTheEstablishmentHasNoDay() throws Exception {
        String stored = "{\"bodyId\":\"" + BODY + "\",\"targetBodyId\":\"" + TARGET
                + "\",\"relation\":\"REPORTS_TO\",\"from\":null}";
        BodyRelationDeclared event = json.readValue(stored, BodyRelationDeclared.class);

        assertThat(event).isEqualTo(new BodyRelationDeclared(BodyId.of(BODY), BodyId.of(TARGET),
                RelationKind.REPORTS_TO));
        assertThat(event.from()).isNull();
        assertThat(json.writeValueAsString(event)).isEqualTo(stored);
    }

    @Test
    void isABodyEventOfRevisionTwo() {
        assertThat(BodyRelationDeclared.class.getAnnotation(Revision.class).value()).isEqualTo("2");
        assertThat(BodyEvent.class.getPermittedSubclasses()).contains(BodyRelationDeclared.class);
    }
}
