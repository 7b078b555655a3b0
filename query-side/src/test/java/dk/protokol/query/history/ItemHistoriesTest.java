package dk.protokol.query.history;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.query.organisation.Names;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** History entries from recorded events: in order, in scope, told with what came before, and who did each. */
class ItemHistoriesTest {

    static final MeetingId MEETING = MeetingId.random();
    static final BodyId BPS = BodyId.random();
    static final AgendaItemId BUDGET = AgendaItemId.random();
    static final DecisionId DECISION = DecisionId.random();
    static final PersonId SECRETARY = PersonId.random();
    static final PersonId CHAIR = PersonId.random();
    static final PersonId ERASED = PersonId.random();
    static final Instant T0 = Instant.parse("2026-03-02T13:00:00Z");

    final Names names = new Names(Map.of(SECRETARY, "Sara Sekretær", CHAIR, "Birgitte Borgmester"),
            Map.of(BPS, "Boligpolitisk Styregruppe"));
    final List<RecordedEvent> events = new ArrayList<>();

    @Test
    void anItemsEntriesAreItsEventsInOrderWithWhoAndWhat() {
        record(Map.of("userId", "sekretaer", "personId", SECRETARY.toString()),
                new MeetingScheduled(MEETING, BPS, LocalDateTime.of(2026, 3, 9, 14, 0), null, null));
        record(Map.of("userId", "sekretaer", "personId", SECRETARY.toString()),
                new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION, null, null, false));
        // an account without a person is named by its username
        record(Map.of("userId", "admin"), new AgendaItemAmended(MEETING, BUDGET, "Budget 2027", null, null));
        record(Map.of("userId", "sekretaer", "personId", SECRETARY.toString()),
                new DecisionRecorded(MEETING, BUDGET, DECISION, "Godkendt.", DecisionOutcome.ADOPTED, null, null,
                        null, null, false));
        // a person erased since: the account's username stands in
        record(Map.of("userId", "formand", "personId", ERASED.toString()),
                new RemarkRecorded(MEETING, DECISION, CHAIR, "Forbehold."));
        // no metadata at all: nobody is named
        record(Map.of(), new AgendaItemAmended(MEETING, AgendaItemId.random(), "Andet", null, null));

        List<ItemHistory.Entry> entries = ItemHistories.entries(events, HistoryScope.item(BUDGET),
                new EventDescriber(names), names);

        assertThat(entries).extracting(ItemHistory.Entry::position).containsExactly(2L, 3L, 4L, 5L);
        assertThat(entries).extracting(ItemHistory.Entry::event).containsExactly("AgendaItemAdded",
                "AgendaItemAmended", "DecisionRecorded", "RemarkRecorded");
        assertThat(entries).extracting(ItemHistory.Entry::who).containsExactly("Sara Sekretær", "admin",
                "Sara Sekretær", "formand");
        assertThat(entries).extracting(ItemHistory.Entry::what).containsExactly(
                "Punktet »Budget« blev sat på dagsordenen",
                "Punktet »Budget« blev ændret",
                "Beslutning i punktet »Budget 2027«: vedtaget",
                "Protokolbemærkning fra Birgitte Borgmester til beslutningen »Godkendt.«");
        assertThat(entries.get(1).recordedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(entries.get(0).personId()).isEqualTo(SECRETARY);
        assertThat(entries.get(1).personId()).isNull();
        assertThat(entries.get(1).userId()).isEqualTo("admin");
    }

    @Test
    void theNamesNeededAreThePeopleNamedAndThePeopleWhoRecorded() {
        record(Map.of("userId", "formand", "personId", CHAIR.toString()),
                new RemarkRecorded(MEETING, DECISION, SECRETARY, "Forbehold."));
        record(Map.of("userId", "sekretaer", "personId", "not-a-uuid"),
                new MeetingScheduled(MEETING, BPS, null, null, null));
        assertThat(ItemHistories.people(events)).containsExactlyInAnyOrder(CHAIR, SECRETARY);
        assertThat(ItemHistories.bodies(events)).containsExactly(BPS);
    }

    @Test
    void noMetadataNamesNobody() {
        record(null, new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION, null, null, false));
        List<ItemHistory.Entry> entries = ItemHistories.entries(events, HistoryScope.whole(),
                new EventDescriber(Names.NONE), Names.NONE);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.who()).isNull();
            assertThat(entry.userId()).isNull();
        });
    }

    private void record(Map<String, ?> metaData, Object payload) {
        long position = events.size() + 1;
        events.add(new RecordedEvent(position, T0.plusSeconds(position), "Meeting", MEETING.toString(), position - 1,
                payload, metaData));
    }
}
