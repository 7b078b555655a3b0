package dk.protokol.query.common;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rows a batch of events changed in the views, kept in memory until the batch commits (issue 15). A streaming
 * processor handles a batch of events in one transaction; without this, each event of each projection read its row
 * (a SELECT and a JSON parse) and wrote it back (an UPDATE and a JSON write), so a meeting's twenty events in one
 * batch cost forty round trips per view, and a rebuild replayed a few hundred events a second. With it, a row is read
 * at most once per batch and written once, with its last state, when the batch's unit of work prepares to commit —
 * in the same transaction as the processor's token, so the effect is still exactly once.
 * <p>
 * A batch is opened only by the processor's handler enhancer ({@code infra.eventstore.SavepointPerEvent}) for a
 * projection that runs without a savepoint per event. Everywhere else — a projection called directly (tests), a group
 * that turned careful after a failure (a savepoint per event, so that a poison event is parked alone), queries — there
 * is no batch and every read and write goes straight to the database, as before. A write that fails at the flush
 * (PostgreSQL refusing a value) fails the batch: {@link #open}'s {@code onFailure} turns the group careful, so the
 * batch is tried again writing each event's rows at once inside its own savepoint, and the poison event is parked.
 * <p>
 * Rows are keyed by (table, key); a writer replaces every earlier writer of the same key in this batch, and writers
 * run at the flush in the order their keys were first written. A projection may therefore defer only writes whose
 * last one for a key stands for all of them (a row's state; "replace a meeting's decision rows"), and must read its
 * rows within a handler only by key through {@link #find}.
 */
public final class RowBatch {

    private static final String RESOURCE = RowBatch.class.getName();
    /** Rows read at once, well below any driver's limit on parameters. */
    private static final int SLICE = 500;

    /** A row's state as the batch left it: absent means "not touched in this batch". */
    private final Map<String, Object> states = new LinkedHashMap<>();
    private final Map<String, Runnable> writers = new LinkedHashMap<>();
    /** Whether a row's first write in this batch was an insert (it was absent when the batch first read it). */
    private final Map<String, Boolean> inserted = new LinkedHashMap<>();
    /** The tables whose rows for the whole batch were read at once. */
    private final Set<String> prefetched = new HashSet<>();

    private RowBatch() {
    }

    /**
     * Opens a batch in the current unit of work's root (once per unit of work), flushed when it prepares to commit;
     * {@code onFailure} is told when the flush fails, before the failure is thrown on.
     */
    public static void open(Consumer<RuntimeException> onFailure) {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        if (root.resources().containsKey(RESOURCE)) {
            return;
        }
        RowBatch batch = new RowBatch();
        root.resources().put(RESOURCE, batch);
        root.onPrepareCommit(unitOfWork -> {
            try {
                batch.flush();
            } catch (RuntimeException failure) {
                onFailure.accept(failure);
                throw failure;
            }
        });
    }

    /**
     * A row's state by its key from a table of the shape {@code (id, state)}: as this batch left it, else from the
     * database. The first such read of a table in a batch reads the rows of every event in the batch at once
     * ({@code keyOf} names an event payload's row, or null), one statement per 500 rows instead of one per row.
     */
    public static <S> Optional<S> find(JdbcTemplate jdbc, String table, Class<S> type, String key,
                                       Function<Object, String> keyOf) {
        Optional<RowBatch> open = current();
        if (open.isEmpty()) {
            return stored(jdbc, table, type, List.of(key)).values().stream().findFirst();
        }
        RowBatch batch = open.get();
        if (batch.prefetched.add(table) && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> events) {
            Set<String> keys = new LinkedHashSet<>();
            for (Message<?> message : events.getMessages()) {
                String other = keyOf.apply(message.getPayload());
                if (other != null && !batch.states.containsKey(table + "\u0000" + other)) {
                    keys.add(other);
                }
            }
            List<String> wanted = new ArrayList<>(keys);
            for (int from = 0; from < wanted.size(); from += SLICE) {
                List<String> slice = wanted.subList(from, Math.min(wanted.size(), from + SLICE));
                Map<String, S> found = stored(jdbc, table, type, slice);
                slice.forEach(other -> batch.states.put(table + "\u0000" + other, found.get(other)));
            }
        }
        return find(table, key, () -> stored(jdbc, table, type, List.of(key)).values().stream().findFirst());
    }

    private static <S> Map<String, S> stored(JdbcTemplate jdbc, String table, Class<S> type, List<String> ids) {
        Map<String, S> found = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        jdbc.query("SELECT id, state FROM " + table + " WHERE id IN (" + marks + ")",
                row -> {
                    found.put(row.getString("id"), ViewJson.read(row.getString("state"), type));
                }, ids.toArray());
        return found;
    }

    /** Whether a batch is open in the current unit of work. */
    public static boolean isOpen() {
        return current().isPresent();
    }

    /** The row's state: as this batch left it, else {@code fromDatabase}. */
    @SuppressWarnings("unchecked")
    public static <S> Optional<S> find(String table, String key, Supplier<Optional<S>> fromDatabase) {
        Optional<RowBatch> batch = current();
        if (batch.isPresent()) {
            String id = table + "\u0000" + key;
            if (batch.get().states.containsKey(id)) {
                return Optional.ofNullable((S) batch.get().states.get(id));
            }
            Optional<S> stored = fromDatabase.get();
            batch.get().states.put(id, stored.orElse(null));
            return stored;
        }
        return fromDatabase.get();
    }

    /**
     * Writes a row: at once without a batch; else remembers its state for {@link #find} and runs {@code writer} at
     * the flush unless a later write of the same key replaces it.
     */
    public static void write(String table, String key, Object state, Runnable writer) {
        Optional<RowBatch> batch = current();
        if (batch.isEmpty()) {
            writer.run();
            return;
        }
        String id = table + "\u0000" + key;
        batch.get().states.put(id, state);
        batch.get().writers.put(id, writer);
    }

    /**
     * A row's state written with an insert or an update: the flush inserts it if the row was absent when the batch
     * first read it, else updates it, with the last state either way.
     */
    public static <S> void upsert(String table, String key, S current, S next, Consumer<S> insert,
                                  Consumer<S> update) {
        Optional<RowBatch> batch = current();
        if (batch.isEmpty()) {
            if (current == null) {
                insert.accept(next);
            } else {
                update.accept(next);
            }
            return;
        }
        String id = table + "\u0000" + key;
        RowBatch open = batch.get();
        boolean isNew = open.inserted.computeIfAbsent(id, k -> current == null);
        open.states.put(id, next);
        open.writers.put(id, isNew ? () -> insert.accept(next) : () -> update.accept(next));
    }

    private void flush() {
        for (Runnable writer : writers.values()) {
            writer.run();
        }
        writers.clear();
        states.clear();
        inserted.clear();
    }

    private static Optional<RowBatch> current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.ofNullable((RowBatch) CurrentUnitOfWork.get().root().resources().get(RESOURCE));
    }
}
