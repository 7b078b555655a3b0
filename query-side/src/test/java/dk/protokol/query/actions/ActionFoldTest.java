package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.action.ActionCancelled;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionDueDateChanged;
import dk.protokol.events.action.ActionItemEvent;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.action.ActionProgressReported;
import dk.protokol.events.action.ActionReassigned;
import dk.protokol.events.action.ActionReopened;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.common.Stamp;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The action fold: every ActionItem event, the history it leaves and who recorded each change. */
class ActionFoldTest {

    static final ActionId ACTION = ActionId.of("00000000-0000-0000-0000-0000000000c1");
    static final BodyId BPS = BodyId.of("00000000-0000-0000-0000-0000000000b1");
    static final MeetingId MARCH = MeetingId.of("00000000-0000-0000-0000-0000000000e1");
    static final MeetingId JUNE = MeetingId.of("00000000-0000-0000-0000-0000000000e2");
    static final AgendaItemId ITEM = AgendaItemId.of("00000000-0000-0000-0000-0000000000d1");
    static final DecisionId DECISION = DecisionId.of("00000000-0000-0000-0000-0000000000f1");
    static final PersonId SIF = PersonId.of("00000000-0000-0000-0000-0000000000a3");
    static final PersonId ANNA = PersonId.of("00000000-0000-0000-0000-0000000000a5");
    static final PersonId BO = PersonId.of("00000000-0000-0000-0000-0000000000a1");
    static final Instant T0 = Instant.parse("2024-03-05T13:00:00Z");

    static final ActionItemOpened OPENED = new ActionItemOpened(ACTION, BPS, MARCH, ITEM, DECISION,
            "Udarbejd budget for 2025", ANNA, LocalDate.of(2024, 5, 1));

    private static Stamp by(int hours) {
        return new Stamp(T0.plusSeconds(3600L * hours), "sekretaer", SIF);
    }

    private static ActionState fold(ActionItemEvent... events) {
        ActionState state = null;
        for (int i = 0; i < events.length; i++) {
            state = ActionFold.apply(state, events[i], by(i));
        }
        return state;
    }

    @Test
    void anOpenedActionKnowsItsOriginOwnerAndDueDateAndWhoRecordedIt() {
        ActionState state = fold(OPENED);

        assertThat(state.actionId()).isEqualTo(ACTION);
        assertThat(state.bodyId()).isEqualTo(BPS);
        assertThat(state.meetingId()).isEqualTo(MARCH);
        assertThat(state.itemId()).isEqualTo(ITEM);
        assertThat(state.decisionId()).isEqualTo(DECISION);
        assertThat(state.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(state.ownerId()).isEqualTo(ANNA);
        assertThat(state.dueDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(state.history()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.OPENED);
            assertThat(change.recorded()).isEqualTo(new Stamp(T0, "sekretaer", SIF));
            assertThat(change.text()).isEqualTo("Udarbejd budget for 2025");
            assertThat(change.meetingId()).isEqualTo(MARCH);
        });
        assertThat(state.opened().at()).isEqualTo(T0);
    }

    @Test
    void progressIsKeptWithTheMeetingItWasReportedIn() {
        ActionState state = fold(OPENED, new ActionProgressReported(ACTION, "Første udkast drøftet", JUNE),
                new ActionProgressReported(ACTION, "Tal modtaget", null));

        assertThat(state.progress()).extracting(ProgressNote::note, ProgressNote::meetingId)
                .containsExactly(tuple("Første udkast drøftet", JUNE),
                        tuple("Tal modtaget", null));
        assertThat(state.history()).extracting(ActionChange::kind)
                .containsExactly(ChangeKind.OPENED, ChangeKind.PROGRESS_REPORTED, ChangeKind.PROGRESS_REPORTED);
        assertThat(state.status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void aNewOwnerAndAMovedDueDateKeepWhatTheyReplaced() {
        ActionState state = fold(OPENED, new ActionReassigned(ACTION, ANNA, BO),
                new ActionDueDateChanged(ACTION, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), "Ferie"));

        assertThat(state.ownerId()).isEqualTo(BO);
        assertThat(state.dueDate()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(state.history().get(1)).satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.REASSIGNED);
            assertThat(change.previousOwnerId()).isEqualTo(ANNA);
            assertThat(change.ownerId()).isEqualTo(BO);
        });
        assertThat(state.history().get(2)).satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.DUE_DATE_CHANGED);
            assertThat(change.previousDueDate()).isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(change.dueDate()).isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(change.text()).isEqualTo("Ferie");
            assertThat(change.recorded().at()).isEqualTo(T0.plusSeconds(7200));
        });
    }

    @Test
    void completedCancelledAndReopened() {
        ActionState done = fold(OPENED, new ActionCompleted(ACTION, LocalDate.of(2024, 4, 28), "Sendt"));
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2024, 4, 28));

        ActionState reopened = fold(OPENED, new ActionCompleted(ACTION, LocalDate.of(2024, 4, 28), null),
                new ActionReopened(ACTION, "Mangler bilag"));
        assertThat(reopened.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(reopened.completedOn()).isNull();

        ActionState cancelled = fold(OPENED, new ActionCancelled(ACTION, "Overhalet af begivenhederne"));
        assertThat(cancelled.status()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(cancelled.history()).last().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.CANCELLED);
            assertThat(change.text()).isEqualTo("Overhalet af begivenhederne");
        });
    }

    @Test
    void anEventBeforeTheOpeningHasNothingToAttachTo() {
        assertThat(ActionFold.apply(null, new ActionProgressReported(ACTION, "?", null), by(0))).isNull();
    }

    @Test
    void everyKindOfActionEventIsFolded() {
        // a new kind of ActionItem event must get a case in the fold (and a ChangeKind)
        Set<String> kinds = Arrays.stream(ActionItemEvent.class.getPermittedSubclasses())
                .map(Class::getSimpleName).collect(Collectors.toSet());
        assertThat(kinds).hasSize(ChangeKind.values().length);
    }

    @Test
    void whoComesFromTheMetadataOfTheStoredMessage() {
        Stamp stamp = Stamp.of(T0, Map.of("userId", "formand", "personId", BO.toString(), "correlationId", "x"));
        assertThat(stamp).isEqualTo(new Stamp(T0, "formand", BO));
        assertThat(Stamp.of(T0, Map.of("personId", "not-a-uuid")).personId()).isNull();
        assertThat(Stamp.of(T0, null)).isEqualTo(new Stamp(T0, null, null));
        // 2024-03-05T23:30Z is already the 6th in Copenhagen
        assertThat(new Stamp(Instant.parse("2024-03-05T23:30:00Z"), null, null).date())
                .isEqualTo(LocalDate.of(2024, 3, 6));
    }
}
