package dk.protokol.infra.minutes;

import dk.protokol.events.action.ActionCompleted;
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
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.support.StoreScript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static dk.protokol.infra.support.ReadSide.readUpTo;
import static dk.protokol.infra.support.ReadSide.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
    ApplicationContext context;
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

    private StoreScript store;

    @BeforeEach
    void writeToTheStore() {
        store = new StoreScript(context, RECORDED);
    }

    @Test
    void theNextMeetingsMinutesFollowUpTheActionWithTheProgressReportedInIt() throws Exception {
        LocalDate start = LocalDate.of(2020, 1, 1);
        store.append(new PersonRegistered(anna, "Anna Ærø", null, null, "AAB"));
        store.append(new PersonRegistered(bo, "Bo Borgmester", null, null, "Vejle Kommune"));
        store.append(new BodyEstablished(bps, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null,
                null, 4, null, start));
        store.append(new MemberAppointed(bps, bo, MemberRole.CHAIR, null, start));
        store.append(new MemberAppointed(bps, anna, MemberRole.MEMBER, null, start));

        // meeting 1: the action is agreed
        LocalDate marchDay = LocalDate.of(2024, 3, 12);
        store.append(new MeetingScheduled(march, bps, marchDay.atTime(14, 0), marchDay.atTime(16, 0), "Rådhuset"));
        store.append(new AgendaItemAdded(march, plan, "Helhedsplanen", AgendaItemKind.DECISION, null, null, false));
        store.append(new MeetingOpened(march));
        store.append(new DecisionRecorded(march, plan, adopted, "BPS godkender planen", DecisionOutcome.ADOPTED, null,
                5, 0, 0, false));
        store.append(new ActionAgreed(march, plan, sendPlan, "Send planen til fonden", anna, LocalDate.of(2024, 4, 30),
                adopted));
        store.append(new MeetingClosed(march));
        // the command side opened the ActionItem in the ActionAgreed's transaction
        assertThat(jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, sendPlan.toString())).containsExactly(ActionItemOpened.class.getName());

        // between the meetings, and meeting 2 with the progress reported under its standing item
        LocalDate juneDay = LocalDate.of(2024, 6, 11);
        store.append(new ActionProgressReported(sendPlan, "Udkast skrevet", null));
        store.append(new MeetingScheduled(june, bps, juneDay.atTime(14, 0), juneDay.atTime(16, 0), "Løget Beboerhus"));
        store.append(new AgendaItemAdded(june, standing, "Opfølgning på tidligere beslutninger",
                AgendaItemKind.INFORMATION, null, null, true));
        store.append(new AgendaItemAdded(june, news, "Nyt fra sekretariatet", AgendaItemKind.INFORMATION, null, null,
                false));
        store.append(new MeetingOpened(june));
        Instant beforeProgress = store.lastRecorded();
        store.append(new ActionProgressReported(sendPlan, "Planen er sendt; fonden svarer i august", june));
        store.append(new ActionAgreed(june, news, invite, "Inviter fonden til næste møde", bo, LocalDate.of(2024, 9, 1),
                null));
        store.append(new MeetingClosed(june));
        // completed after meeting 2: it was open on its date all the same
        store.append(new ActionCompleted(sendPlan, LocalDate.of(2024, 6, 20), "Sendt"));
        long head = store.head();

        readUpTo(http, head, "evaluator", get("/api/meetings/{id}/minutes", june))
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
        http.perform(get("/api/meetings/{id}/minutes", march).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.followUp", hasSize(0)))
                .andExpect(jsonPath("$.agenda[0].actions[0].actionId").value(sendPlan.toString()));

        // as the system knew it when meeting 2 had just opened: the draft was the latest progress
        http.perform(get("/api/meetings/{id}/minutes", june).param("asOf", beforeProgress.toString())
                        .with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.followUp", hasSize(1)))
                .andExpect(jsonPath("$.followUp[0].latestProgress.note").value("Udkast skrevet"))
                .andExpect(jsonPath("$.followUp[0].latestProgress.meeting").doesNotExist())
                .andExpect(jsonPath("$.followUp[0].progressAtThisMeeting", hasSize(0)));

        // the referat as a document: the section "Opfølgning" right after the standing item
        String markdown = new String(readUpTo(http, head, "evaluator", get("/api/meetings/{id}/minutes.md", june))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("\n## Opfølgning\n",
                "- **Anna Ærø:** Send planen til fonden – frist 30. april 2024 (overskredet)",
                "  - Aftalt på mødet 12. marts 2024 under punktet Helhedsplanen",
                "  - Status på mødet: Planen er sendt; fonden svarer i august");
        assertThat(markdown.indexOf("## 1. Opfølgning på tidligere beslutninger"))
                .isLessThan(markdown.indexOf("\n## Opfølgning\n"));
        assertThat(markdown.indexOf("\n## Opfølgning\n")).isLessThan(markdown.indexOf("## 2. Nyt fra sekretariatet"));
    }
}
