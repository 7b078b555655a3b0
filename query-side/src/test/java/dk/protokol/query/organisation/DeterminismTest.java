package dk.protokol.query.organisation;

import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.query.common.BatchedFold;
import dk.protokol.query.common.BatchedFold.Step;
import dk.protokol.query.common.ViewJson;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN principle 1: a rebuild gives byte-identical rows. The live projection reloads its state from
 * JSON before every event, the as-of replay keeps it in memory, a projection that kept a batch's rows in
 * memory would do some of each; all must end with the same bytes.
 */
class DeterminismTest {

    @Test
    void theLiveWayThroughStoredJsonGivesTheSameBytesAsTheReplay() {
        assertThat(BatchedFold.rows(BolivVejle.EVENTS, 1, DeterminismTest::step)).isEqualTo(rowsFoldedInMemory());
    }

    @Test
    void rowsKeptInMemoryForABatchOfAnySizeGiveTheSameBytesAsTheReplay() {
        Map<String, String> replayed = rowsFoldedInMemory();
        for (int size : BatchedFold.batchSizes(BolivVejle.EVENTS.size())) {
            assertThat(BatchedFold.rows(BolivVejle.EVENTS, size, DeterminismTest::step))
                    .as("in batches of %d events", size).isEqualTo(replayed);
        }
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

    private static Step<?> step(Object event) {
        if (event instanceof BodyEvent bodyEvent) {
            return new Step<>(bodyEvent.bodyId().toString(), BodyView.class,
                    state -> BodyFold.apply(state, bodyEvent));
        }
        if (event instanceof PersonEvent personEvent) {
            return new Step<>(personEvent.personId().toString(), PersonView.class,
                    state -> PersonFold.apply(state, personEvent));
        }
        return null;
    }
}
