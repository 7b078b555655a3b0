package dk.protokol.query.organisation;

import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.query.common.ViewJson;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN principle 1: a rebuild gives byte-identical rows. The live projection reloads its state from
 * JSON before every event, the as-of replay keeps it in memory; both must end with the same bytes.
 */
class DeterminismTest {

    @Test
    void foldingTheSameEventsTwiceGivesIdenticalJson() {
        assertThat(rowsFoldedInMemory()).isEqualTo(rowsFoldedInMemory());
    }

    @Test
    void theLiveWayThroughStoredJsonGivesTheSameBytesAsTheReplay() {
        assertThat(rowsFoldedThroughJson()).isEqualTo(rowsFoldedInMemory());
    }

    @Test
    void storedStateReadsBackUnchanged() {
        BolivVejle.snapshot().bodies().values().forEach(body ->
                assertThat(ViewJson.read(ViewJson.write(body), BodyView.class)).isEqualTo(body));
        BolivVejle.snapshot().people().values().forEach(person ->
                assertThat(ViewJson.read(ViewJson.write(person), PersonView.class)).isEqualTo(person));
    }

    /** Rows as the projection tables would hold them: id to JSON state. */
    private static Map<String, String> rowsFoldedInMemory() {
        Map<String, String> rows = new TreeMap<>();
        OrganisationSnapshot snapshot = BolivVejle.snapshot();
        snapshot.bodies().forEach((id, body) -> rows.put(id.toString(), ViewJson.write(body)));
        snapshot.people().forEach((id, person) -> rows.put(id.toString(), ViewJson.write(person)));
        return rows;
    }

    private static Map<String, String> rowsFoldedThroughJson() {
        Map<String, String> rows = new TreeMap<>();
        for (Object event : BolivVejle.EVENTS) {
            if (event instanceof BodyEvent bodyEvent) {
                String id = bodyEvent.bodyId().toString();
                BodyView current = rows.containsKey(id) ? ViewJson.read(rows.get(id), BodyView.class) : null;
                rows.put(id, ViewJson.write(BodyFold.apply(current, bodyEvent)));
            } else if (event instanceof PersonEvent personEvent) {
                String id = personEvent.personId().toString();
                PersonView current = rows.containsKey(id) ? ViewJson.read(rows.get(id), PersonView.class) : null;
                rows.put(id, ViewJson.write(PersonFold.apply(current, personEvent)));
            }
        }
        return rows;
    }
}
