package dk.protokol.query.documents;

import dk.protokol.events.organisation.BodyKind;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.minutes.MinutesQueries;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.BodyView;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The document endpoints in a standalone MockMvc; security is the infra's and not in play here. */
class DocumentControllerTest {

    private final MinutesQueries queries = mock(MinutesQueries.class);
    private final BodyProjection bodies = mock(BodyProjection.class);
    private final ReadYourWrites readYourWrites = mock(ReadYourWrites.class);
    private MockMvc mvc;

    private final MinutesView approved = SampleMinutes.approved();
    private final MinutesView cancelled = SampleMinutes.cancelled();

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
        mvc = MockMvcBuilders.standaloneSetup(new DocumentController(queries, bodies, readYourWrites,
                new MinutesMarkdown(), new MinutesPdf(), new MeetingCalendar(clock))).build();
        when(queries.handle(new FindMinutes(approved.meetingId(), null))).thenReturn(approved);
        when(queries.handle(new FindMinutes(cancelled.meetingId(), null))).thenReturn(cancelled);
        when(queries.withoutFollowUp(new FindMinutes(approved.meetingId(), null))).thenReturn(approved);
        when(queries.withoutFollowUp(new FindMinutes(cancelled.meetingId(), null))).thenReturn(cancelled);
        when(readYourWrites.await(anyLong(), anyString())).thenReturn(true);
    }

    @Test
    void minutesAsPdf() throws Exception {
        MvcResult result = mvc.perform(get("/api/meetings/{id}/minutes.pdf", approved.meetingId().value()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "inline; filename=\"referat-boligpolitisk-styregruppe-2026-12-03.pdf\""))
                .andReturn();

        assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void minutesAsMarkdownAsOfAnInstant() throws Exception {
        Instant asOf = Instant.parse("2026-12-04T08:00:00Z");
        when(queries.handle(new FindMinutes(approved.meetingId(), asOf))).thenReturn(approved);

        MvcResult result = mvc.perform(get("/api/meetings/{id}/minutes.md", approved.meetingId().value())
                        .param("asOf", "2026-12-04T08:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/markdown;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"referat-boligpolitisk-styregruppe-2026-12-03.md\""))
                .andReturn();

        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("# Referat: Boligpolitisk Styregruppe").contains("Søren Ærbø (Domea)");
    }

    @Test
    void aMinutesViewBehindTheAskedPositionIsMarkedStale() throws Exception {
        when(readYourWrites.await(anyLong(), anyString())).thenReturn(false);

        mvc.perform(get("/api/meetings/{id}/minutes.md", approved.meetingId().value()).param("minPosition", "42"))
                .andExpect(status().isOk())
                .andExpect(header().string(ReadYourWrites.STALE_HEADER, "true"));
    }

    @Test
    void meetingAsCalendar() throws Exception {
        MvcResult result = mvc.perform(get("/api/meetings/{id}.ics", cancelled.meetingId().value()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"moede-boligpolitisk-styregruppe-2027-06-10.ics\""))
                .andReturn();

        Calendar calendar = new CalendarBuilder().build(new StringReader(
                new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)));
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(1);
        assertThat(calendar.getComponents(Component.VEVENT).get(0).getProperty("STATUS").orElseThrow().getValue())
                .isEqualTo("CANCELLED");
    }

    @Test
    void bodyCalendarHoldsAllItsMeetings() throws Exception {
        BodyView bps = new BodyView(SampleMinutes.BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP,
                "BolivVejle", null, null, 4, null, null, null, List.of(), List.of());
        when(bodies.find(SampleMinutes.BPS)).thenReturn(Optional.of(bps));
        when(queries.handle(new FindMeetings(SampleMinutes.BPS, null, null))).thenReturn(List.of(
                summary(approved), summary(cancelled)));

        MvcResult result = mvc.perform(get("/api/bodies/{id}/meetings.ics", SampleMinutes.BPS.value()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"moeder-boligpolitisk-styregruppe.ics\""))
                .andReturn();

        Calendar calendar = new CalendarBuilder().build(new StringReader(
                new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> event.getProperty("UID").orElseThrow().getValue())
                .containsExactly(approved.meetingId() + "@protokol", cancelled.meetingId() + "@protokol");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("Boligpolitisk Styregruppe – møder");
    }

    @Test
    void unknownBodyIsNotFound() throws Exception {
        when(bodies.find(SampleMinutes.FKU)).thenReturn(Optional.empty());

        mvc.perform(get("/api/bodies/{id}/meetings.ics", SampleMinutes.FKU.value()))
                .andExpect(status().isNotFound());
    }

    @Test
    void malformedIdIsABadRequest() throws Exception {
        mvc.perform(get("/api/meetings/{id}.ics", "ikke-et-id")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/meetings/{id}/minutes.pdf", UUID.randomUUID()).param("asOf", "i går"))
                .andExpect(status().isBadRequest());
    }

    private static MeetingSummary summary(MinutesView minutes) {
        return new MeetingSummary(minutes.meetingId(), minutes.bodyId(), minutes.bodyName(), minutes.organisation(),
                minutes.start(), minutes.expectedEnd(), minutes.location(), minutes.status(), minutes.statusLabel());
    }
}
