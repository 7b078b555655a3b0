package dk.protokol.query.organisation;

import dk.protokol.query.common.RowBatch;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.events.personal.PersonalData;
import dk.protokol.query.common.ParsedStates;
import dk.protokol.query.common.ViewJson;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The live people view: one row per person holding its {@link PersonView} as JSON, personal data sealed as in the
 * events. What it answers is revealed through the one port {@link PersonalData} when it is read, so an erased
 * person reads as erased everywhere at once.
 */
@Component
@ProcessingGroup(PersonProjection.PROCESSING_GROUP)
public class PersonProjection {

    public static final String PROCESSING_GROUP = "people";

    /** Large id lists are asked for in slices, well below any driver's limit on parameters. */
    private static final int SLICE = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PersonalData personalData;
    /** People as decoded (sealed, as stored), by the text of their rows; revealed afresh on every read. */
    private final ParsedStates<PersonView> parsed = new ParsedStates<>(PersonView.class, 20_000);

    @Autowired
    public PersonProjection(JdbcTemplate jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.personalData = personalData;
    }

    /** For tests whose events carry plaintext (revision 1 as upcast): values read as they are. */
    public PersonProjection(JdbcTemplate jdbc) {
        this(jdbc, PlaintextPersonalData.INSTANCE);
    }

    /** A view folded from events (as-of replay) as read: through the same port. */
    public PersonView reveal(PersonView stored) {
        return stored == null ? null : stored.revealed(personalData);
    }

    /** The port the views are read through (histories reveal event fields with it). */
    public PersonalData personalData() {
        return personalData;
    }

    @EventHandler
    public void on(PersonEvent event) {
        String id = event.personId().toString();
        PersonView current = RowBatch.find(jdbc, "person_view", PersonView.class, id,
                payload -> payload instanceof PersonEvent person ? person.personId().toString() : null).orElse(null);
        PersonView next = PersonFold.apply(current, event);
        if (next == null || next.equals(current)) {
            return;
        }
        RowBatch.upsert("person_view", id, current, next,
                person -> jdbc.update("INSERT INTO person_view (id, state) VALUES (?, ?)", id, ViewJson.write(person)),
                person -> jdbc.update("UPDATE person_view SET state = ? WHERE id = ?", ViewJson.write(person), id));
    }

    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM person_view");
    }

    /** Everyone registered (the people list of the administrator's pages). */
    public List<PersonView> findAll() {
        return revealAll(jdbc.query("SELECT id, state FROM person_view ORDER BY id",
                (row, n) -> parsed.read(row.getString("id"), row.getString("state"))));
    }

    public List<PersonView> find(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> all = ids.stream().distinct().map(PersonId::toString).sorted().toList();
        List<PersonView> stored = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SLICE) {
            stored.addAll(named.query("SELECT id, state FROM person_view WHERE id IN (:ids) ORDER BY id",
                    Map.of("ids", all.subList(from, Math.min(all.size(), from + SLICE))),
                    (row, n) -> parsed.read(row.getString("id"), row.getString("state"))));
        }
        return revealAll(stored);
    }

    /** Views folded or read as stored, revealed through the port with their keys read at once (one answer's). */
    public List<PersonView> revealAll(List<PersonView> stored) {
        PersonalData keys = personalData.forPeople(stored.stream().map(PersonView::id).toList());
        return stored.stream().map(view -> view.revealed(keys)).toList();
    }
}
