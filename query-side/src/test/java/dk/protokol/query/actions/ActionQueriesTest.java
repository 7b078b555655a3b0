package dk.protokol.query.actions;

import dk.protokol.query.common.Readers;
import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.query.actions.FindAction;
import dk.protokol.events.query.actions.FindActionOverview;
import dk.protokol.events.query.actions.FindActions;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.action.ActionProgressReported;
import dk.protokol.events.action.ActionReassigned;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.common.Stamp;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.PersonProjection;
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
import java.util.Optional;

import static dk.protokol.query.actions.ActionFoldTest.ACTION;
import static dk.protokol.query.actions.ActionFoldTest.ANNA;
import static dk.protokol.query.actions.ActionFoldTest.BO;
import static dk.protokol.query.actions.ActionFoldTest.BPS;
import static dk.protokol.query.actions.ActionFoldTest.DECISION;
import static dk.protokol.query.actions.ActionFoldTest.ITEM;
import static dk.protokol.query.actions.ActionFoldTest.JUNE;
import static dk.protokol.query.actions.ActionFoldTest.MARCH;
import static dk.protokol.query.actions.ActionFoldTest.SIF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The action queries over fake live views and a fake store: {@code asOf} folds the recorded ActionItem
 * events up to the instant with the live fold; origin and names come from the live views either way.
 */
class ActionQueriesTest {

    static final LocalDate MARCH_DAY = LocalDate.of(2024, 3, 5);
    static final LocalDate JUNE_DAY = LocalDate.of(2024, 6, 4);
    static final Instant REASSIGNED = Script.noon(LocalDate.of(2024, 4, 2));
    static final Instant COMPLETED = Script.noon(LocalDate.of(2024, 6, 10));

    private final Script script = new Script()
            .on(MARCH_DAY.minusDays(20),
                    new PersonRegistered(ANNA, "Anna Andersen", null, null, null),
                    new PersonRegistered(BO, "Bo Borgmester", null, null, null),
                    new PersonRegistered(SIF, "Sif Sekretær", null, null, null),
                    new BodyEstablished(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle",
                            null, null, 4, null, LocalDate.of(2020, 1, 1)),
                    new MeetingScheduled(MARCH, BPS, MARCH_DAY.atTime(14, 0), MARCH_DAY.atTime(16, 0), "Rådhuset"),
                    new AgendaItemAdded(MARCH, ITEM, "Budget 2025", AgendaItemKind.DECISION, null, null, false),
                    new MeetingScheduled(JUNE, BPS, JUNE_DAY.atTime(14, 0), JUNE_DAY.atTime(16, 0), "Rådhuset"))
            .at(Script.noon(MARCH_DAY), "sekretaer", SIF,
                    new DecisionRecorded(MARCH, ITEM, DECISION, "Budgettet udarbejdes", DecisionOutcome.ADOPTED, null,
                            null, null, null, false),
                    new ActionItemOpened(ACTION, BPS, MARCH, ITEM, DECISION, "Udarbejd budget", ANNA,
                            LocalDate.of(2024, 5, 1)))
            .at(REASSIGNED, "formand", BO, new ActionReassigned(ACTION, ANNA, BO))
            .at(Script.noon(JUNE_DAY), "sekretaer", SIF, new ActionProgressReported(ACTION, "Næsten klar", JUNE))
            .at(COMPLETED, "formand", BO, new ActionCompleted(ACTION, LocalDate.of(2024, 6, 9), "Sendt"));

    private final JdbcTemplate noDatabase = new JdbcTemplate();
    private final ActionQueries queries = new ActionQueries(new LiveActions(), new Bodies(), new People(),
            script.history(), Clock.fixed(Instant.parse("2024-07-01T10:00:00Z"), Stamp.DANISH_TIME),
            Readers.everything());

    @Test
    void theDetailHasTheOriginAndTheWholeHistoryWithWhoDidWhat() {
        ActionDetail detail = queries.handle(new FindAction(ACTION, null));

        assertThat(detail.status()).isEqualTo(ActionStatus.DONE);
        assertThat(detail.owner().name()).isEqualTo("Bo Borgmester");
        assertThat(detail.body().name()).isEqualTo("Boligpolitisk Styregruppe");
        assertThat(detail.origin()).isEqualTo(new ActionDetail.Origin(MARCH, LocalDateTime.of(2024, 3, 5, 14, 0),
                "Rådhuset", ITEM, "Budget 2025", DECISION, "Budgettet udarbejdes", DecisionOutcome.ADOPTED));
        assertThat(detail.history()).extracting(ActionDetail.Change::kind).containsExactly(ChangeKind.OPENED,
                ChangeKind.REASSIGNED, ChangeKind.PROGRESS_REPORTED, ChangeKind.COMPLETED);
        ActionDetail.Change reassigned = detail.history().get(1);
        assertThat(reassigned.recordedAt()).isEqualTo(REASSIGNED);
        assertThat(reassigned.by()).isEqualTo(new ActionDetail.Actor("formand", BO, "Bo Borgmester"));
        assertThat(reassigned.previousOwner().name()).isEqualTo("Anna Andersen");
        assertThat(detail.history().get(0).by().name()).isEqualTo("Sif Sekretær");
        assertThat(detail.progress()).singleElement().satisfies(progress -> {
            assertThat(progress.note()).isEqualTo("Næsten klar");
            assertThat(progress.meeting()).isEqualTo(new ActionDetail.MeetingRef(JUNE, JUNE_DAY));
        });
        assertThat(detail.today()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(detail.overdue()).isFalse();
    }

    @Test
    void asOfBeforeTheCompletionTheActionWasOpenAndOverdue() {
        ActionDetail detail = queries.handle(new FindAction(ACTION, COMPLETED.minusSeconds(1)));

        assertThat(detail.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(detail.overdue()).isTrue();
        assertThat(detail.history()).hasSize(3);
        assertThat(detail.asOf()).isEqualTo(COMPLETED.minusSeconds(1));
    }

    @Test
    void asOfBeforeTheActionWasAgreedItIsNotFound() {
        assertThatThrownBy(() -> queries.handle(new FindAction(ACTION, Script.noon(MARCH_DAY).minusSeconds(1))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> queries.handle(new FindAction(ActionId.random(), null)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theListAsOfAnInstantIsTheListAsTheSystemKnewIt() {
        // as known just before the reassignment was recorded: Anna's, open; on 07-01 overdue (due 05-01)
        List<ActionSummary> before = queries.handle(new FindActions(ActionFilter.none(), REASSIGNED.minusSeconds(1)));
        assertThat(before).singleElement().satisfies(line -> {
            assertThat(line.owner().name()).isEqualTo("Anna Andersen");
            assertThat(line.status()).isEqualTo(ActionStatus.OPEN);
            assertThat(line.overdue()).isTrue();
            assertThat(line.itemTitle()).isEqualTo("Budget 2025");
        });
        // now: Bo's and done
        assertThat(queries.handle(new FindActions(ActionFilter.none(), null))).singleElement()
                .satisfies(line -> {
                    assertThat(line.owner().name()).isEqualTo("Bo Borgmester");
                    assertThat(line.status()).isEqualTo(ActionStatus.DONE);
                });
        // as of every instant after the last event, the list is the live one
        assertThat(queries.handle(new FindActions(ActionFilter.none(), COMPLETED)))
                .isEqualTo(queries.handle(new FindActions(ActionFilter.none(), null)));
    }

    @Test
    void theOverviewOfAnUnknownBodyIsNotFound() {
        assertThatThrownBy(() -> queries.handle(new FindActionOverview(BodyId.random(), null, null)))
                .isInstanceOf(NotFound.class);
    }

    private final class LiveActions extends ActionProjection {
        LiveActions() {
            super(noDatabase);
        }

        @Override
        public Optional<ActionState> find(ActionId id) {
            return Optional.ofNullable(script.action(id));
        }

        @Override
        public List<ActionState> ofBody(BodyId body) {
            return script.actions().values().stream().filter(a -> a.bodyId().equals(body)).toList();
        }

        @Override
        public List<ActionState> candidates(ActionFilter filter, boolean present) {
            return List.copyOf(script.actions().values());
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
    }

    private final class Bodies extends BodyProjection {
        Bodies() {
            super(noDatabase);
        }

        @Override
        public Optional<BodyView> find(BodyId id) {
            return Optional.ofNullable(script.body(id));
        }

        @Override
        public List<BodyView> findAll() {
            return List.copyOf(script.bodies().values());
        }

        @Override
        public List<BodyView> find(java.util.Collection<BodyId> ids) {
            return findAll().stream().filter(body -> ids.contains(body.id())).toList();
        }
    }

    private final class People extends PersonProjection {
        People() {
            super(noDatabase);
        }

        @Override
        public List<PersonView> find(Collection<PersonId> ids) {
            return ids.stream().filter(id -> script.names().personName(id) != null)
                    .map(id -> new PersonView(id, script.names().personName(id), null, null, null)).toList();
        }
    }
}
