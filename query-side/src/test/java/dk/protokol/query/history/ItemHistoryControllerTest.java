package dk.protokol.query.history;

import dk.protokol.query.common.Readers;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.query.common.EventHistory;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.PersonProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history API in a standalone MockMvc over the real queries and a stub event store: the entries are Danish by
 * default and English with {@code lang=en}; security is the infra's and not in play here.
 */
class ItemHistoryControllerTest {

    static final MeetingId MEETING = MeetingId.random();
    static final BodyId BPS = BodyId.random();
    static final AgendaItemId BUDGET = AgendaItemId.random();

    private final PersonProjection people = mock(PersonProjection.class);
    private final BodyProjection bodies = mock(BodyProjection.class);
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        List<RecordedEvent> events = List.of(
                recorded(1, new MeetingScheduled(MEETING, BPS, LocalDateTime.of(2026, 12, 3, 14, 0), null, null)),
                recorded(2, new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION, null, null,
                        false)));
        EventHistory history = new EventHistory() {
            @Override
            public void replay(Set<String> aggregateTypes, Instant asOf, Consumer<RecordedEvent> sink) {
                throw new UnsupportedOperationException("a history reads one aggregate");
            }

            @Override
            public void replayAggregate(String aggregateId, Instant asOf, Consumer<RecordedEvent> sink) {
                if (aggregateId.equals(MEETING.toString())) {
                    events.forEach(sink);
                }
            }
        };
        when(people.find(any())).thenReturn(List.of());
        when(bodies.findAll()).thenReturn(List.of());
        mvc = MockMvcBuilders.standaloneSetup(new ItemHistoryController(
                new ItemHistoryQueries(history, people, bodies, Readers.everything()), mock(ReadYourWrites.class, CALLS_REAL_METHODS))).build();
    }

    @Test
    void theEntriesAreDanishByDefault() throws Exception {
        mvc.perform(get("/api/history/meetings/{id}", MEETING.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].what")
                        .value("Mødet i (ukendt organ) blev planlagt til 3. december 2026 kl. 14.00"))
                .andExpect(jsonPath("$.entries[1].what").value("Punktet »Budget« blev sat på dagsordenen"))
                .andExpect(jsonPath("$.entries[1].details[0]").value("Type: til beslutning"));
    }

    @Test
    void theEntriesAreEnglishOnRequest() throws Exception {
        mvc.perform(get("/api/history/meetings/{id}", MEETING.value()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].what")
                        .value("The meeting of (unknown body) was scheduled for 3 December 2026, 14:00"))
                .andExpect(jsonPath("$.entries[1].what").value("The item \"Budget\" was put on the agenda"))
                .andExpect(jsonPath("$.entries[1].details[0]").value("Kind: for decision"));
        mvc.perform(get("/api/history/meetings/{id}/items/{itemId}", MEETING.value(), BUDGET.value())
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Budget"))
                .andExpect(jsonPath("$.entries[0].what").value("The item \"Budget\" was put on the agenda"));
    }

    @Test
    void aLanguageNotSpokenIsDanish() throws Exception {
        mvc.perform(get("/api/history/meetings/{id}/items/{itemId}", MEETING.value(), BUDGET.value())
                        .param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].what").value("Punktet »Budget« blev sat på dagsordenen"));
    }

    private static RecordedEvent recorded(long position, Object event) {
        return new RecordedEvent(position, Instant.parse("2026-11-01T10:00:00Z").plusSeconds(position), "Meeting",
                MEETING.toString(), position - 1, event, Map.of());
    }
}
