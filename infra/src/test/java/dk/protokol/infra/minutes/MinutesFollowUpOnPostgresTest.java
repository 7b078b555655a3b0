package dk.protokol.infra.minutes;

import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionItemEvent;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.action.ActionProgressReported;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.query.common.ReadYourWrites;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The standing follow-up of the minutes against the real PostgreSQL: the minutes read the action view
 * (group "actions") beside their own (group "minutes"), live with read-your-writes across both, and as of an
 * instant through the JDBC history. Events are appended straight to the store, as the aggregates would; an
 * appended ActionAgreed opens its ActionItem (ActionItemOpened) in the same transaction through the command
 * side's subscribing ActionItemOpener, as in the running system. People are fictitious.
 *
 * <p>The story: BPS meets on 2024-03-12 and agrees that Anna sends the plan to the fund by 04-30. On 2024-06-11
 * BPS meets again; before it, Anna reported a draft; in the meeting her progress is reported under the
 * standing item, and the meeting agrees a new action of its own. On 06-20 the plan is completed.
 */
@SpringBootTest(classes = ProtokolApplication.class, properties = {"protokol.read-your-writes.max-wait=5s",
        // a context (and so a database) of its own: the minutes views test counts meetings
        "protokol.test.context=minutes-follow-up"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class MinutesFollowUpOnPostgresTest {

    /** 14:00 in Copenhagen on the day of the second meeting: every event is recorded before it ends (16:00). */
    private static final Instant RECORDED = Instant.parse("2024-06-11T12:00:00Z");

    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc http;

    private final PersonId anna = PersonId.random();
    private final PersonId bo = PersonId.random();
    private final BodyId bps = BodyId.random();
    private final MeetingId march = MeetingId.random();
    private final MeetingId june = MeetingId.random();
    private final AgendaItemId plan = AgendaItemId.random();
    private final AgendaItemId standing = AgendaItemId.random();
    private final AgendaItemId news = AgendaItemId.random();
    private final DecisionId adopted = DecisionId.random();
    private final ActionId sendPlan = ActionId.random();
    private final ActionId invite = ActionId.random();

    private int second;

    @Test
    void theNextMeetingsMinutesFollowUpTheActionWithTheProgressReportedInIt() throws Exception {
        LocalDate start = LocalDate.of(2020, 1, 1);
        append(new PersonRegistered(anna, "Anna Ærø", null, null, "AAB"));
        append(new PersonRegistered(bo, "Bo Borgmester", null, null, "Vejle Kommune"));
        append(new BodyEstablished(bps, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null,
                null, 4, null, start));
        append(new MemberAppointed(bps, bo, MemberRole.CHAIR, null, start));
        append(new MemberAppointed(bps, anna, MemberRole.MEMBER, null, start));

        // meeting 1: the action is agreed
        LocalDate marchDay = LocalDate.of(2024, 3, 12);
        append(new MeetingScheduled(march, bps, marchDay.atTime(14, 0), marchDay.atTime(16, 0), "Rådhuset"));
        append(new AgendaItemAdded(march, plan, "Helhedsplanen", AgendaItemKind.DECISION, null, null, false));
        append(new MeetingOpened(march));
        append(new DecisionRecorded(march, plan, adopted, "BPS godkender planen", DecisionOutcome.ADOPTED, null,
                5, 0, 0, false));
        append(new ActionAgreed(march, plan, sendPlan, "Send planen til fonden", anna, LocalDate.of(2024, 4, 30),
                adopted));
        append(new MeetingClosed(march));
        // the command side opened the ActionItem in the ActionAgreed's transaction
        assertThat(jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, sendPlan.toString())).containsExactly(ActionItemOpened.class.getName());

        // between the meetings, and meeting 2 with the progress reported under its standing item
        LocalDate juneDay = LocalDate.of(2024, 6, 11);
        append(new ActionProgressReported(sendPlan, "Udkast skrevet", null));
        append(new MeetingScheduled(june, bps, juneDay.atTime(14, 0), juneDay.atTime(16, 0), "Løget Beboerhus"));
        append(new AgendaItemAdded(june, standing, "Opfølgning på tidligere beslutninger", AgendaItemKind.INFORMATION,
                null, null, true));
        append(new AgendaItemAdded(june, news, "Nyt fra sekretariatet", AgendaItemKind.INFORMATION, null, null, false));
        Instant beforeProgress = RECORDED.plusSeconds(append(new MeetingOpened(june)));
        append(new ActionProgressReported(sendPlan, "Planen er sendt; fonden svarer i august", june));
        append(new ActionAgreed(june, news, invite, "Inviter fonden til næste møde", bo, LocalDate.of(2024, 9, 1),
                null));
        append(new MeetingClosed(june));
        // completed after meeting 2: it was open on its date all the same
        append(new ActionCompleted(sendPlan, LocalDate.of(2024, 6, 20), "Sendt"));
        long head = position();

        http.perform(get("/api/meetings/{id}/minutes", june).param("minPosition", "" + head).with(user("medlem")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(ReadYourWrites.STALE_HEADER))
                .andExpect(jsonPath("$.agenda", hasSize(2)))
                // the action agreed at this meeting stands under its item, not in the follow-up
                .andExpect(jsonPath("$.agenda[1].actions[0].actionId").value(invite.toString()))
                .andExpect(jsonPath("$.followUp", hasSize(1)))
                .andExpect(jsonPath("$.followUp[0].actionId").value(sendPlan.toString()))
                .andExpect(jsonPath("$.followUp[0].description").value("Send planen til fonden"))
                .andExpect(jsonPath("$.followUp[0].owner.personId").value(anna.toString()))
                .andExpect(jsonPath("$.followUp[0].owner.name").value("Anna Ærø"))
                .andExpect(jsonPath("$.followUp[0].dueDate").value("2024-04-30"))
                .andExpect(jsonPath("$.followUp[0].overdue").value(true))
                .andExpect(jsonPath("$.followUp[0].agreedAt.meetingId").value(march.toString()))
                .andExpect(jsonPath("$.followUp[0].agreedAt.meetingDate").value("2024-03-12"))
                .andExpect(jsonPath("$.followUp[0].itemTitle").value("Helhedsplanen"))
                .andExpect(jsonPath("$.followUp[0].latestProgress.note")
                        .value("Planen er sendt; fonden svarer i august"))
                .andExpect(jsonPath("$.followUp[0].latestProgress.meeting.meetingId").value(june.toString()))
                .andExpect(jsonPath("$.followUp[0].latestProgress.meeting.meetingDate").value("2024-06-11"))
                .andExpect(jsonPath("$.followUp[0].progressAtThisMeeting", hasSize(1)))
                .andExpect(jsonPath("$.followUp[0].progressAtThisMeeting[0].note")
                        .value("Planen er sendt; fonden svarer i august"));

        // meeting 1 follows up nothing: its action was agreed there
        http.perform(get("/api/meetings/{id}/minutes", march).with(user("medlem")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.followUp", hasSize(0)))
                .andExpect(jsonPath("$.agenda[0].actions[0].actionId").value(sendPlan.toString()));

        // as the system knew it when meeting 2 had just opened: the draft was the latest progress
        http.perform(get("/api/meetings/{id}/minutes", june).param("asOf", beforeProgress.toString())
                        .with(user("medlem")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.followUp", hasSize(1)))
                .andExpect(jsonPath("$.followUp[0].latestProgress.note").value("Udkast skrevet"))
                .andExpect(jsonPath("$.followUp[0].latestProgress.meeting").doesNotExist())
                .andExpect(jsonPath("$.followUp[0].progressAtThisMeeting", hasSize(0)));

        // the referat as a document: the section "Opfølgning" right after the standing item
        String markdown = new String(http.perform(get("/api/meetings/{id}/minutes.md", june)
                        .param("minPosition", "" + head).with(user("medlem")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(ReadYourWrites.STALE_HEADER))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("\n## Opfølgning\n",
                "- **Anna Ærø:** Send planen til fonden – frist 30. april 2024 (overskredet)",
                "  - Aftalt på mødet 12. marts 2024 under punktet Helhedsplanen",
                "  - Status på mødet: Planen er sendt; fonden svarer i august");
        assertThat(markdown.indexOf("## 1. Opfølgning på tidligere beslutninger"))
                .isLessThan(markdown.indexOf("\n## Opfølgning\n"));
        assertThat(markdown.indexOf("\n## Opfølgning\n")).isLessThan(markdown.indexOf("## 2. Nyt fra sekretariatet"));
    }

    /**
     * Appends one event as its aggregate would, one second after the previous one, recorded by the secretary;
     * returns how many seconds after {@link #RECORDED} that was. What the subscribing handlers record in the same
     * transaction (the ActionItemOpened of an ActionAgreed) is recorded at the same time: Axon's event clock is
     * held there meanwhile.
     */
    private int append(Object payload) {
        int at = second++;
        Instant instant = RECORDED.plusSeconds(at);
        Clock eventClock = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.fixed(instant, ZoneOffset.UTC);
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> publish(instant, payload));
        } finally {
            GenericEventMessage.clock = eventClock;
        }
        return at;
    }

    private long position() {
        return jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
    }

    private void publish(Instant at, Object payload) {
        String type;
        String aggregateId;
        if (payload instanceof BodyEvent event) {
            type = "Body";
            aggregateId = event.bodyId().toString();
        } else if (payload instanceof PersonEvent event) {
            type = "Person";
            aggregateId = event.personId().toString();
        } else if (payload instanceof MeetingEvent event) {
            type = "Meeting";
            aggregateId = event.meetingId().toString();
        } else if (payload instanceof ActionItemEvent event) {
            type = "ActionItem";
            aggregateId = event.actionId().toString();
        } else {
            throw new IllegalArgumentException(payload.toString());
        }
        long sequence = eventStore.lastSequenceNumberFor(aggregateId).map(n -> n + 1).orElse(0L);
        eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload,
                Map.of("userId", "sekretaer"), UUID.randomUUID().toString(), at));
    }
}
