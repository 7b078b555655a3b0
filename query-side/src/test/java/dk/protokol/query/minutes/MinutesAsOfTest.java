package dk.protokol.query.minutes;


import dk.protokol.query.common.Readers;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.actions.ActionQueries;
import dk.protokol.query.actions.FindFollowUp;
import dk.protokol.query.actions.FollowUp;
import dk.protokol.query.actions.MeetingDigest.MeetingProgress;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.events.organisation.BodyRenamed;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.query.minutes.MinutesView.Item;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.PersonProjection;
import dk.protokol.query.organisation.PersonRef;
import dk.protokol.query.organisation.PersonView;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static dk.protokol.query.minutes.Referat.APPROVAL_RECORDED;
import static dk.protokol.query.minutes.Referat.BUDGET;
import static dk.protokol.query.minutes.Referat.CORRECTED_NOTES;
import static dk.protokol.query.minutes.Referat.CORRECTION_RECORDED;
import static dk.protokol.query.minutes.Referat.JUNE;
import static dk.protokol.query.minutes.Referat.JUNE_START;
import static dk.protokol.query.minutes.Referat.MARCH;
import static dk.protokol.query.minutes.Referat.NOTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code asOf}: the minutes as the system knew them at an instant, replayed from a fake history. The
 * live minutes view here only names which meetings were approved where; everything else an as-of
 * answer shows must come from the replay.
 */
class MinutesAsOfTest {

    private final JdbcTemplate noDatabase = new JdbcTemplate();
    private final FollowUpAnswers followUp = new FollowUpAnswers();
    private final MinutesQueries queries = new MinutesQueries(new LiveMinutes(noDatabase),
            new DecisionSearch(noDatabase), new Bodies(noDatabase), new People(noDatabase), Referat.history(),
            followUp, Readers.everything(), new OpenMinutes(null), new MinutesSettings(null));

    @Test
    void beforeTheCorrectionTheMinutesShowOnlyTheOriginalText() {
        MinutesView minutes = queries.handle(new FindMinutes(MARCH, CORRECTION_RECORDED.minusSeconds(1)));

        assertThat(budget(minutes).notes()).isEqualTo(NOTES);
        assertThat(budget(minutes).corrections()).isEmpty();
        assertThat(minutes.corrections()).isEmpty();
        assertThat(minutes.asOf()).isEqualTo(CORRECTION_RECORDED.minusSeconds(1));
    }

    @Test
    void fromTheCorrectionOnTheMinutesShowTheOriginalAndTheCorrectionBesideIt() {
        MinutesView minutes = queries.handle(new FindMinutes(MARCH, CORRECTION_RECORDED));

        assertThat(budget(minutes).notes()).isEqualTo(NOTES);
        assertThat(budget(minutes).corrections()).singleElement()
                .satisfies(correction -> assertThat(correction.text()).isEqualTo(CORRECTED_NOTES));
    }

    @Test
    void theLiveMinutesShowTheCorrectionToo() {
        MinutesView minutes = queries.handle(new FindMinutes(MARCH, null));

        assertThat(minutes.asOf()).isNull();
        assertThat(budget(minutes).corrections()).hasSize(1);
    }

    @Test
    void asOfBeforeThePresenterChangedTheItemShowsTheFormerPresenterAndFromThenOnTheNewOne() {
        Instant changed = Referat.PRESENTER_CHANGE_RECORDED;

        assertThat(status(queries.handle(new FindMinutes(MARCH, changed.minusSeconds(1)))).presenter())
                .isEqualTo(new PersonRef(Referat.SEKRETAER, "Sif Sekretær"));
        assertThat(status(queries.handle(new FindMinutes(MARCH, changed))).presenter())
                .isEqualTo(new PersonRef(Referat.ANNA, "Anna Andersen"));
        assertThat(status(queries.handle(new FindMinutes(MARCH, null))).presenter())
                .isEqualTo(new PersonRef(Referat.ANNA, "Anna Andersen"));
    }

    @Test
    void beforeTheApprovalTheMinutesAreCirculatedAndNotYetApproved() {
        MinutesView minutes = queries.handle(new FindMinutes(MARCH, APPROVAL_RECORDED.minusSeconds(1)));

        assertThat(minutes.status()).isEqualTo(MeetingStatus.MINUTES_CIRCULATED);
        assertThat(minutes.approvedAt()).isNull();
        assertThat(minutes.approvedAtMeeting()).isNull();
    }

    @Test
    void theApprovedMinutesLinkToTheMeetingTheyWereApprovedAtAndThatMeetingBack() {
        MinutesView march = queries.handle(new FindMinutes(MARCH, APPROVAL_RECORDED));
        MinutesView june = queries.handle(new FindMinutes(JUNE, APPROVAL_RECORDED));

        assertThat(march.approvedAt()).isEqualTo(APPROVAL_RECORDED);
        assertThat(march.approvedAtMeeting()).isEqualTo(new MinutesView.MeetingLink(JUNE, Referat.BPS,
                "Boligpolitisk Styregruppe", JUNE_START));
        assertThat(june.minutesApprovedHere()).singleElement()
                .satisfies(link -> assertThat(link.meetingId()).isEqualTo(MARCH));
    }

    @Test
    void beforeTheApprovalTheNextMeetingHasApprovedNoMinutes() {
        MinutesView june = queries.handle(new FindMinutes(JUNE, APPROVAL_RECORDED.minusSeconds(1)));

        assertThat(june.minutesApprovedHere()).isEmpty();
    }

    @Test
    void aMeetingNotYetScheduledAtThatInstantIsNotFound() {
        assertThatThrownBy(() -> queries.handle(new FindMinutes(JUNE, Referat.FIRST_RECORDED)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> queries.handle(new FindMinutes(MeetingId.random(), null)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void namesAreThePeopleAndBodiesAsRecordedAtTheInstant() {
        // after the meetings, the secretary's name changes and the steering group is renamed
        Instant renamed = Referat.recordedAt(Referat.EVENTS.size() + 1);
        MinutesQueries renaming = new MinutesQueries(new LiveMinutes(noDatabase), new DecisionSearch(noDatabase),
                new Bodies(noDatabase), new People(noDatabase), Referat.history(List.of(
                new RecordedEvent(100, renamed, "Person", Referat.SEKRETAER.toString(), 1,
                        new PersonDetailsChanged(Referat.SEKRETAER, "Sif Mørk", null, null, "Fællessekretariatet"),
                        Map.of("userId", "admin")),
                new RecordedEvent(101, renamed, "Body", Referat.BPS.toString(), 4,
                        new BodyRenamed(Referat.BPS, "Bolig- og Byudvalget", LocalDate.of(2020, 1, 1)),
                        Map.of("userId", "admin")))),
                followUp, Readers.everything(), new OpenMinutes(null), new MinutesSettings(null));

        MinutesView before = renaming.handle(new FindMinutes(MARCH, CORRECTION_RECORDED.minusSeconds(1)));
        assertThat(before.referent().name()).isEqualTo("Sif Sekretær");
        assertThat(before.bodyName()).isEqualTo("Boligpolitisk Styregruppe");
        // a person never registered has no name, then or now
        assertThat(before.absent()).singleElement().satisfies(absent -> assertThat(absent.name()).isNull());

        MinutesView after = renaming.handle(new FindMinutes(MARCH, renamed));
        assertThat(after.referent().name()).isEqualTo("Sif Mørk");
        assertThat(after.bodyName()).isEqualTo("Bolig- og Byudvalget");
    }

    @Test
    void theFollowUpIsTheActionViewsAnswerForTheMeetingAsItStoodThen() {
        // as of the approval of the March minutes, the June meeting was scheduled and not yet held
        MinutesView june = queries.handle(new FindMinutes(JUNE, APPROVAL_RECORDED));

        assertThat(followUp.asked).containsExactly(new FindFollowUp(JUNE, Referat.BPS, JUNE_START,
                JUNE_START.plusHours(2), MeetingProgress.SCHEDULED, APPROVAL_RECORDED));
        assertThat(june.followUp()).containsExactly(FollowUpAnswers.ANSWER);

        // the March meeting had been held by then: the action view is told so, with the same instant
        queries.handle(new FindMinutes(MARCH, null));
        assertThat(followUp.asked.get(1).progress()).isEqualTo(MeetingProgress.HELD);
        assertThat(followUp.asked.get(1).asOf()).isNull();
    }

    private static Item status(MinutesView minutes) {
        return minutes.agenda().stream().filter(item -> item.itemId().equals(Referat.STATUS)).findFirst()
                .orElseThrow();
    }

    private static Item budget(MinutesView minutes) {
        return minutes.agenda().stream().filter(item -> item.itemId().equals(BUDGET)).findFirst().orElseThrow();
    }

    /** The action view's follow-up query: records what it is asked, answers one line. */
    private static final class FollowUpAnswers extends ActionQueries {
        static final FollowUp ANSWER = new FollowUp(Referat.BUDGET_ACTION, "Sende budgettet til byrådet", null,
                null, false, null, null, null, List.of());
        final List<FindFollowUp> asked = new ArrayList<>();

        FollowUpAnswers() {
            super(null, null, null, null, null, null);
        }

        @Override
        public List<FollowUp> handle(FindFollowUp query) {
            asked.add(query);
            return List.of(ANSWER);
        }
    }

    /** The live minutes as the projection would hold them after every event. */
    private static final class LiveMinutes extends MinutesProjection {
        private final List<MeetingState> all = List.of(Referat.state(MARCH), Referat.state(JUNE));

        LiveMinutes(JdbcTemplate jdbc) {
            super(jdbc);
        }

        @Override
        public Optional<MeetingState> find(MeetingId id) {
            return all.stream().filter(state -> state.meetingId().equals(id)).findFirst();
        }

        @Override
        public List<MeetingState> approvedAt(MeetingId meeting) {
            return all.stream().filter(state -> meeting.equals(state.approvedAtMeetingId())).toList();
        }

        @Override
        public List<MeetingState> meetings(BodyId body, LocalDateTime from, LocalDateTime to) {
            return all;
        }
    }

    private static final class Bodies extends BodyProjection {
        Bodies(JdbcTemplate jdbc) {
            super(jdbc);
        }

        @Override
        public Optional<BodyView> find(BodyId id) {
            return Optional.ofNullable(Referat.bodies().get(id));
        }

        @Override
        public List<BodyView> findAll() {
            return new ArrayList<>(Referat.bodies().values());
        }

        @Override
        public List<BodyView> find(java.util.Collection<BodyId> ids) {
            return findAll().stream().filter(body -> ids.contains(body.id())).toList();
        }
    }

    private static final class People extends PersonProjection {
        People(JdbcTemplate jdbc) {
            super(jdbc);
        }

        @Override
        public List<PersonView> find(Collection<PersonId> ids) {
            return ids.stream().map(Referat.people()::get).filter(Objects::nonNull).toList();
        }
    }
}
