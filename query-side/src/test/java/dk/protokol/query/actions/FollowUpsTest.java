package dk.protokol.query.actions;

import dk.protokol.query.common.Readers;
import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.events.action.ActionCancelled;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionDueDateChanged;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.action.ActionProgressReported;
import dk.protokol.events.action.ActionReassigned;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.query.actions.MeetingDigest.MeetingProgress;
import dk.protokol.query.common.Stamp;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.PersonProjection;
import dk.protokol.query.organisation.PersonRef;
import dk.protokol.query.organisation.PersonView;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standing follow-up of a meeting ({@link FollowUps}): which of the body's actions it lists and which
 * progress it shows, over a scripted history of a steering group. People are fictitious.
 *
 * <p>BPS meets on 2024-01-10 (agrees A, B, C and D under "Budget 2025"), on 2024-03-12 14-16 (the meeting
 * followed up here; agrees H), again on 2024-03-12 at 18 (agrees S) and on 2024-06-04 (agrees L). FKU agrees F
 * in February. C is completed and D cancelled before March; B is completed on 03-20, after March. Progress on
 * A: a note in February, one reported in the March meeting during it, one unlinked that evening, one reported
 * in the March meeting but typed in the next morning, one in April; on B: one before March, one unlinked after
 * the March meeting's end. In April A moves to Bo and its due date to 06-30.
 */
class FollowUpsTest {

    static final PersonId ANNA = PersonId.of("00000000-0000-0000-0000-0000000000a5");
    static final PersonId BO = PersonId.of("00000000-0000-0000-0000-0000000000a1");
    static final BodyId BPS = BodyId.of("00000000-0000-0000-0000-0000000000b1");
    static final BodyId FKU = BodyId.of("00000000-0000-0000-0000-0000000000b2");
    static final MeetingId JANUARY = MeetingId.of("00000000-0000-0000-0000-0000000000e1");
    static final MeetingId MARCH = MeetingId.of("00000000-0000-0000-0000-0000000000e2");
    static final MeetingId MARCH_EVENING = MeetingId.of("00000000-0000-0000-0000-0000000000e3");
    static final MeetingId JUNE = MeetingId.of("00000000-0000-0000-0000-0000000000e4");
    static final MeetingId FKU_FEBRUARY = MeetingId.of("00000000-0000-0000-0000-0000000000e5");
    static final AgendaItemId BUDGET = AgendaItemId.of("00000000-0000-0000-0000-0000000000d1");
    static final AgendaItemId ANY_ITEM = AgendaItemId.of("00000000-0000-0000-0000-0000000000d2");

    static final ActionId A = ActionId.of("00000000-0000-0000-0000-0000000000c1");
    static final ActionId B = ActionId.of("00000000-0000-0000-0000-0000000000c2");
    static final ActionId C = ActionId.of("00000000-0000-0000-0000-0000000000c3");
    static final ActionId D = ActionId.of("00000000-0000-0000-0000-0000000000c4");
    static final ActionId H = ActionId.of("00000000-0000-0000-0000-0000000000c5");
    static final ActionId S = ActionId.of("00000000-0000-0000-0000-0000000000c6");
    static final ActionId L = ActionId.of("00000000-0000-0000-0000-0000000000c7");
    static final ActionId F = ActionId.of("00000000-0000-0000-0000-0000000000c8");

    static final LocalDate JANUARY_DAY = LocalDate.of(2024, 1, 10);
    static final LocalDate MARCH_DAY = LocalDate.of(2024, 3, 12);
    static final LocalDate JUNE_DAY = LocalDate.of(2024, 6, 4);

    static final Instant DURING_MARCH = danish(MARCH_DAY.atTime(15, 0));
    static final Instant AFTER_MARCH = danish(MARCH_DAY.atTime(17, 0));
    static final Instant MARCH_EVENING_AGREED = danish(MARCH_DAY.atTime(18, 30));
    static final Instant THAT_EVENING = danish(MARCH_DAY.atTime(20, 0));
    static final Instant NEXT_MORNING = danish(MARCH_DAY.plusDays(1).atTime(9, 0));

    private final Script script = new Script()
            .on(LocalDate.of(2023, 12, 1),
                    new PersonRegistered(ANNA, "Anna Andersen", null, null, null),
                    new PersonRegistered(BO, "Bo Borgmester", null, null, null),
                    new BodyEstablished(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle",
                            null, null, 4, null, LocalDate.of(2020, 1, 1)),
                    new BodyEstablished(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle",
                            null, null, 4, null, LocalDate.of(2020, 1, 1)),
                    new MeetingScheduled(JANUARY, BPS, JANUARY_DAY.atTime(14, 0), JANUARY_DAY.atTime(16, 0), "Rådhuset"),
                    new AgendaItemAdded(JANUARY, BUDGET, "Budget 2025", AgendaItemKind.DECISION, null, null, false),
                    new MeetingScheduled(FKU_FEBRUARY, FKU, LocalDateTime.of(2024, 2, 5, 10, 0),
                            LocalDateTime.of(2024, 2, 5, 12, 0), "Jobcentret"),
                    new MeetingScheduled(MARCH, BPS, MARCH_DAY.atTime(14, 0), MARCH_DAY.atTime(16, 0), "Rådhuset"),
                    new MeetingScheduled(MARCH_EVENING, BPS, MARCH_DAY.atTime(18, 0), MARCH_DAY.atTime(19, 0),
                            "Løget Beboerhus"),
                    new MeetingScheduled(JUNE, BPS, JUNE_DAY.atTime(14, 0), JUNE_DAY.atTime(16, 0), "Rådhuset"))
            .on(JANUARY_DAY,
                    opened(A, JANUARY, BUDGET, "Skriv til fonden", ANNA, LocalDate.of(2024, 2, 1)),
                    opened(B, JANUARY, BUDGET, "Indhent tilbud", BO, LocalDate.of(2024, 4, 1)),
                    opened(C, JANUARY, BUDGET, "Book lokale", ANNA, LocalDate.of(2024, 3, 1)),
                    opened(D, JANUARY, BUDGET, "Planlæg temadag", BO, LocalDate.of(2024, 5, 1)))
            .on(LocalDate.of(2024, 2, 5), openedIn(FKU, F, FKU_FEBRUARY, "Svar BPS", ANNA, LocalDate.of(2024, 3, 1)))
            .on(LocalDate.of(2024, 2, 15),
                    new ActionCompleted(C, LocalDate.of(2024, 2, 14), null),
                    new ActionCancelled(D, "Ikke længere relevant"))
            .on(LocalDate.of(2024, 2, 20), new ActionProgressReported(A, "Udkast skrevet", null))
            .on(LocalDate.of(2024, 3, 1), new ActionProgressReported(B, "I gang", null))
            .at(DURING_MARCH, "sekretaer", null,
                    new ActionProgressReported(A, "Sendt til formanden", MARCH),
                    opened(H, MARCH, ANY_ITEM, "Følg op på høringen", ANNA, LocalDate.of(2024, 4, 15)))
            .at(AFTER_MARCH, "sekretaer", null, new ActionProgressReported(B, "Næsten færdig", null))
            .at(MARCH_EVENING_AGREED, "sekretaer", null,
                    opened(S, MARCH_EVENING, ANY_ITEM, "Inviter beboerne", BO, LocalDate.of(2024, 5, 15)))
            .at(THAT_EVENING, "sekretaer", null, new ActionProgressReported(A, "Rykket for svar", null))
            .at(NEXT_MORNING, "sekretaer", null, new ActionProgressReported(A, "Formanden har godkendt", MARCH))
            .on(LocalDate.of(2024, 3, 20), new ActionCompleted(B, LocalDate.of(2024, 3, 20), "Tilbud modtaget"))
            .on(LocalDate.of(2024, 4, 1),
                    new ActionProgressReported(A, "Svar modtaget", null),
                    new ActionReassigned(A, ANNA, BO),
                    new ActionDueDateChanged(A, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 6, 30), "Fonden svarer sent"))
            .on(JUNE_DAY, opened(L, JUNE, ANY_ITEM, "Evaluer året", ANNA, LocalDate.of(2024, 12, 1)));

    private static final Instant LATER = Instant.parse("2024-07-01T10:00:00Z");

    private static Instant danish(LocalDateTime time) {
        return time.atZone(Stamp.DANISH_TIME).toInstant();
    }

    private static ActionItemOpened opened(ActionId id, MeetingId meeting, AgendaItemId item, String description,
                                           PersonId owner, LocalDate due) {
        return openedIn(BPS, id, meeting, item, description, owner, due);
    }

    private static ActionItemOpened openedIn(BodyId body, ActionId id, MeetingId meeting, String description,
                                             PersonId owner, LocalDate due) {
        return openedIn(body, id, meeting, ANY_ITEM, description, owner, due);
    }

    private static ActionItemOpened openedIn(BodyId body, ActionId id, MeetingId meeting, AgendaItemId item,
                                             String description, PersonId owner, LocalDate due) {
        return new ActionItemOpened(id, body, meeting, item, null, description, owner, due);
    }

    private static FindFollowUp march(MeetingProgress progress, Instant asOf) {
        return new FindFollowUp(MARCH, BPS, MARCH_DAY.atTime(14, 0), MARCH_DAY.atTime(16, 0), progress, asOf);
    }

    private List<FollowUp> followUp(FindFollowUp meeting, Instant now) {
        return FollowUps.of(meeting, script.actions().values(), script.meetings(), script.names(), now);
    }

    private static FollowUp line(List<FollowUp> followUp, ActionId id) {
        return followUp.stream().filter(entry -> entry.actionId().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> notes(List<FollowUp.Progress> progress) {
        return progress.stream().map(FollowUp.Progress::note).toList();
    }

    @Test
    void anActionCompletedAfterTheMeetingCountsAsOpenAtItOneCompletedOrCancelledBeforeDoesNot() {
        List<FollowUp> followUp = followUp(march(MeetingProgress.HELD, null), LATER);

        // B was completed on 03-20; C on 02-14 and D cancelled on 02-15
        assertThat(followUp).extracting(FollowUp::actionId).containsExactly(A, B);
    }

    @Test
    void actionsAgreedAtThisMeetingOrAtALaterMeetingAreNotFollowedUp() {
        List<FollowUp> followUp = followUp(march(MeetingProgress.HELD, null), LATER);

        // H stands under its item in March; S was agreed at the meeting that evening, L in June
        assertThat(followUp).extracting(FollowUp::actionId).doesNotContain(H, S, L);
        // in June, H and S are earlier meetings' actions; L is June's own; A moved its due date to 06-30
        assertThat(followUp(new FindFollowUp(JUNE, BPS, JUNE_DAY.atTime(14, 0), JUNE_DAY.atTime(16, 0),
                MeetingProgress.HELD, null), LATER)).extracting(FollowUp::actionId).containsExactly(H, S, A);
    }

    @Test
    void onlyTheActionsOfTheMeetingsOwnBody() {
        assertThat(followUp(march(MeetingProgress.HELD, null), LATER)).extracting(FollowUp::actionId)
                .doesNotContain(F);
    }

    @Test
    void ownerDueDateAndOverdueAreAsTheyStoodOnTheMeetingDateWithWhereTheActionWasAgreed() {
        FollowUp a = line(followUp(march(MeetingProgress.HELD, null), LATER), A);

        // reassigned to Bo and due 06-30 only from April
        assertThat(a.owner()).isEqualTo(new PersonRef(ANNA, "Anna Andersen"));
        assertThat(a.dueDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(a.overdue()).isTrue();
        assertThat(a.description()).isEqualTo("Skriv til fonden");
        assertThat(a.agreedAt()).isEqualTo(new FollowUp.MeetingRef(JANUARY, JANUARY_DAY));
        assertThat(a.itemTitle()).isEqualTo("Budget 2025");
        assertThat(line(followUp(march(MeetingProgress.HELD, null), LATER), B).overdue()).isFalse();
    }

    @Test
    void aHeldMeetingShowsTheLatestProgressUpToItsExpectedEndAndWhatWasReportedInIt() {
        List<FollowUp> followUp = followUp(march(MeetingProgress.HELD, null), LATER);
        FollowUp a = line(followUp, A);
        FollowUp b = line(followUp, B);

        // A: the evening's unlinked note and April's are after the meeting; the next morning's was reported in it
        assertThat(a.latestProgress().note()).isEqualTo("Formanden har godkendt");
        assertThat(a.latestProgress().recordedAt()).isEqualTo(NEXT_MORNING);
        assertThat(a.latestProgress().meeting()).isEqualTo(new FollowUp.MeetingRef(MARCH, MARCH_DAY));
        assertThat(notes(a.progressAtThisMeeting())).containsExactly("Sendt til formanden", "Formanden har godkendt");
        // B: the note recorded after the meeting's expected end is not what the meeting knew
        assertThat(b.latestProgress()).isEqualTo(new FollowUp.Progress("I gang", Script.noon(LocalDate.of(2024, 3, 1)),
                null));
        assertThat(b.progressAtThisMeeting()).isEmpty();
    }

    @Test
    void aMeetingPastItsExpectedEndIsOverThoughNotClosed() {
        assertThat(followUp(march(MeetingProgress.OPEN, null), LATER))
                .isEqualTo(followUp(march(MeetingProgress.HELD, null), LATER));
    }

    @Test
    void aMeetingStillToComeShowsTheLatestProgress() {
        FindFollowUp june = new FindFollowUp(JUNE, BPS, JUNE_DAY.atTime(14, 0), JUNE_DAY.atTime(16, 0),
                MeetingProgress.SCHEDULED, null);
        FollowUp a = line(followUp(june, Instant.parse("2024-05-01T10:00:00Z")), A);

        assertThat(a.latestProgress().note()).isEqualTo("Svar modtaget");
        assertThat(a.progressAtThisMeeting()).isEmpty();
        assertThat(a.owner().name()).isEqualTo("Bo Borgmester");
        assertThat(a.dueDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(a.overdue()).isFalse();
    }

    @Test
    void aCancelledMeetingFollowsNothingUp() {
        assertThat(followUp(march(MeetingProgress.CANCELLED, null), LATER)).isEmpty();
    }

    @Test
    void asOfDuringTheMeetingTheActionsAreAsTheSystemKnewThemThen() {
        ActionQueries queries = queries();
        Instant duringTheMeeting = DURING_MARCH.plusSeconds(30 * 60);

        List<FollowUp> followUp = queries.handle(march(MeetingProgress.OPEN, duringTheMeeting));

        // H was agreed in this meeting by then, S not yet; B was not completed yet
        assertThat(followUp).extracting(FollowUp::actionId).containsExactly(A, B);
        assertThat(line(followUp, A).latestProgress().note()).isEqualTo("Sendt til formanden");
        assertThat(notes(line(followUp, A).progressAtThisMeeting())).containsExactly("Sendt til formanden");
        assertThat(line(followUp, A).owner().name()).isEqualTo("Anna Andersen");
    }

    @Test
    void asOfThatEveningTheClosedMeetingStillShowsWhatItKnewAtItsEnd() {
        List<FollowUp> followUp = queries().handle(march(MeetingProgress.HELD, THAT_EVENING.plusSeconds(60)));

        // the evening's unlinked note was recorded after the end; the next morning's not yet at all
        assertThat(line(followUp, A).latestProgress().note()).isEqualTo("Sendt til formanden");
        assertThat(line(followUp, B).latestProgress().note()).isEqualTo("I gang");
    }

    @Test
    void theLiveAnswerIsThePureFunctionOverTheLiveView() {
        assertThat(queries().handle(march(MeetingProgress.HELD, null)))
                .isEqualTo(followUp(march(MeetingProgress.HELD, null), LATER));
    }

    /** The action queries over the script as live view and store, on 2024-07-01. */
    private ActionQueries queries() {
        JdbcTemplate noDatabase = new JdbcTemplate();
        ActionProjection live = new ActionProjection(noDatabase) {
            @Override
            public List<ActionState> candidates(ActionFilter filter, boolean present) {
                return List.copyOf(script.actions().values());
            }

            @Override
            public List<ActionState> candidates(ActionFilter filter, boolean present,
                                                java.time.LocalDateTime agreedUpTo) {
                return List.copyOf(script.actions().values());
            }

            @Override
            public List<ActionState> candidatesAsOf(ActionFilter filter, java.time.Instant asOf,
                                                    java.time.LocalDateTime agreedUpTo) {
                return List.copyOf(script.actions().values());
            }

            @Override
            public List<ActionState> ofBody(BodyId body) {
                return script.actions().values().stream().filter(action -> action.bodyId().equals(body)).toList();
            }

            @Override
            public MeetingDigestTable meetings() {
                return new MeetingDigestTable(noDatabase, "action_meeting") {
                    @Override
                    public Map<MeetingId, MeetingDigest> find(Collection<MeetingId> ids) {
                        return script.meetings();
                    }
                };
            }
        };
        BodyProjection bodies = new BodyProjection(noDatabase) {
            @Override
            public List<BodyView> findAll() {
                return List.copyOf(script.bodies().values());
            }

            @Override
            public List<BodyView> find(Collection<BodyId> ids) {
                return script.bodies().values().stream().filter(body -> ids.contains(body.id())).toList();
            }
        };
        PersonProjection people = new PersonProjection(noDatabase) {
            @Override
            public List<PersonView> find(Collection<PersonId> ids) {
                return ids.stream().filter(id -> script.names().personName(id) != null)
                        .map(id -> new PersonView(id, script.names().personName(id), null, null, null)).toList();
            }
        };
        return new ActionQueries(live, bodies, people, script.history(), Clock.fixed(LATER, Stamp.DANISH_TIME),
                Readers.everything());
    }
}
