package dk.protokol.query.common;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch reads a row at most once and writes it once, with its last state, when the unit of work commits; without a
 * batch every read and write goes straight through (issue 15).
 */
class RowBatchTest {

    private final List<String> written = new ArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<String> stored(String value) {
        reads.incrementAndGet();
        return Optional.ofNullable(value);
    }

    /** What a projection does per event: read the row, fold, write it back. */
    private void event(String key, String stored, String suffix) {
        String current = RowBatch.find("t", key, () -> stored(stored)).orElse(null);
        String next = (current == null ? key : current) + suffix;
        RowBatch.upsert("t", key, current, next, state -> written.add("INSERT " + state),
                state -> written.add("UPDATE " + state));
    }

    @Test
    void inABatchEachRowIsReadOnceAndWrittenOnceWithItsLastStateAtTheCommit() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        RowBatch.open(failure -> { });
        assertThat(RowBatch.isOpen()).isTrue();
        event("a", null, "1");
        event("b", "b0", "1");
        event("a", null, "2");
        event("b", "b0", "2");
        event("a", null, "3");
        RowBatch.write("links", "a", List.of("x"), () -> written.add("LINKS a x"));
        RowBatch.write("links", "a", List.of("y"), () -> written.add("LINKS a y"));
        assertThat(written).isEmpty();
        assertThat(reads).hasValue(2);
        unitOfWork.commit();
        // a was absent when first read: inserted, with its last state; b existed: updated; links: the last writer
        assertThat(written).containsExactly("INSERT a123", "UPDATE b012", "LINKS a y");
    }

    /** A table (id, state) of JSON strings; counts the statements that read it. */
    private static final class FakeTable extends JdbcTemplate {
        final Map<String, String> rows = new HashMap<>();
        final List<Integer> statements = new ArrayList<>();

        @Override
        public void query(String sql, RowCallbackHandler handler, Object... args) throws DataAccessException {
            statements.add(args.length);
            for (Object id : args) {
                if (rows.containsKey(id)) {
                    ResultSet row = Mockito.mock(ResultSet.class);
                    try {
                        Mockito.when(row.getString("id")).thenReturn((String) id);
                        Mockito.when(row.getString("state")).thenReturn(ViewJson.write(rows.get(id)));
                        handler.processRow(row);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    @Test
    void theFirstReadOfATableInABatchReadsTheRowsOfEveryEventInTheBatchAtOnce() {
        FakeTable table = new FakeTable();
        table.rows.put("b", "stored b");
        List<EventMessage<?>> events = List.of(GenericEventMessage.asEventMessage("a"),
                GenericEventMessage.asEventMessage("b"), GenericEventMessage.asEventMessage("c"),
                GenericEventMessage.asEventMessage("a"), GenericEventMessage.asEventMessage(42));
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        unitOfWork.start();
        RowBatch.open(failure -> { });
        Function<Object, String> keyOf = payload -> payload instanceof String key ? key : null;
        assertThat(RowBatch.find(table, "t", String.class, "a", keyOf)).isEmpty();
        assertThat(RowBatch.find(table, "t", String.class, "b", keyOf)).contains("stored b");
        assertThat(RowBatch.find(table, "t", String.class, "c", keyOf)).isEmpty();
        // one statement for the three rows the batch's events name; the one no event names is read alone
        assertThat(table.statements).containsExactly(3);
        table.rows.put("d", "stored d");
        assertThat(RowBatch.find(table, "t", String.class, "d", keyOf)).contains("stored d");
        assertThat(table.statements).containsExactly(3, 1);
        unitOfWork.commit();

        // without a batch: one row, one statement
        assertThat(RowBatch.find(table, "t", String.class, "b", keyOf)).contains("stored b");
        assertThat(table.statements).containsExactly(3, 1, 1);
    }

    @Test
    void aFailureAtTheFlushIsToldAndThrownOnAndNothingAfterItIsWritten() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        AtomicReference<RuntimeException> told = new AtomicReference<>();
        RowBatch.open(told::set);
        RowBatch.write("t", "a", "1", () -> {
            throw new IllegalStateException("refused");
        });
        RowBatch.write("t", "b", "1", () -> written.add("b"));
        assertThatThrownBy(unitOfWork::commit).hasMessageContaining("refused");
        assertThat(told.get()).hasMessageContaining("refused");
        assertThat(written).isEmpty();
    }

    @Test
    void withoutABatchEveryReadAndWriteGoesStraightThrough() {
        assertThat(RowBatch.isOpen()).isFalse();
        event("a", null, "1");
        event("a", "a1", "2");
        assertThat(reads).hasValue(2);
        assertThat(written).containsExactly("INSERT a1", "UPDATE a12");

        // a unit of work without a batch (a command's, a query's): likewise
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("command"));
        event("c", null, "1");
        assertThat(written).containsExactly("INSERT a1", "UPDATE a12", "INSERT c1");
        unitOfWork.commit();
    }
}
