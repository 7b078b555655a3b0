package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AmendAgendaItem;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.command.meeting.AmendAgendaItem.PresenterChange;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.AAB;
import static dk.protokol.command.meeting.MeetingFixtures.CONSULTANT;
import static dk.protokol.command.meeting.MeetingFixtures.MAYOR;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.NEWS;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.cancelled;
import static dk.protokol.command.meeting.MeetingFixtures.closed;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.open;
import static dk.protokol.command.meeting.MeetingFixtures.withItems;
import static org.hamcrest.Matchers.containsString;

/**
 * A secretary changes or removes an item's presenter (oplægsholder) by amending the item. The presenter travels in
 * its own event, {@link AgendaItemPresenterChanged}, recorded only when the presenter really changes; the rules of
 * amending hold for it as well.
 */
class PresenterChangeTest {

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();
    /** An item the mayor presents. */
    private final AgendaItemId budget = AgendaItemId.random();

    private List<Object> withBudgetPresentedByTheMayor() {
        return history(withItems(), new AgendaItemAdded(MEETING, budget, "Budget 2027", AgendaItemKind.DECISION, null,
                MAYOR, false));
    }

    private static AmendAgendaItem presenter(AgendaItemId item, PresenterChange change) {
        return new AmendAgendaItem(MEETING, item, null, null, null, change);
    }

    @Test
    void anItemWithoutAPresenterGetsOne() {
        fixture.given(withItems())
                .when(presenter(PLAN, PresenterChange.to(MAYOR)))
                .expectEvents(new AgendaItemPresenterChanged(MEETING, PLAN, MAYOR));
    }

    @Test
    void thePresenterIsReplaced() {
        fixture.given(withBudgetPresentedByTheMayor())
                .when(presenter(budget, PresenterChange.to(AAB)))
                .expectEvents(new AgendaItemPresenterChanged(MEETING, budget, AAB));
    }

    @Test
    void thePresenterIsRemoved() {
        fixture.given(withBudgetPresentedByTheMayor())
                .when(presenter(budget, PresenterChange.none()))
                .expectEvents(new AgendaItemPresenterChanged(MEETING, budget, null));
    }

    @Test
    void someoneOutsideTheBodyMayPresent() {
        fixture.given(withItems())
                .when(presenter(NEWS, PresenterChange.to(CONSULTANT)))
                .expectEvents(new AgendaItemPresenterChanged(MEETING, NEWS, CONSULTANT));
    }

    @Test
    void titleAndPresenterChangedTogetherAreTwoEventsInThatOrder() {
        fixture.given(withBudgetPresentedByTheMayor())
                .when(new AmendAgendaItem(MEETING, budget, "Budget 2027-2028", null, null, PresenterChange.to(AAB)))
                .expectEvents(new AgendaItemAmended(MEETING, budget, "Budget 2027-2028", AgendaItemKind.DECISION, null),
                        new AgendaItemPresenterChanged(MEETING, budget, AAB));
    }

    @Test
    void theSamePresenterWithANewTitleChangesOnlyTheTitle() {
        fixture.given(withBudgetPresentedByTheMayor())
                .when(new AmendAgendaItem(MEETING, budget, "Budget 2027-2028", null, null, PresenterChange.to(MAYOR)))
                .expectEvents(new AgendaItemAmended(MEETING, budget, "Budget 2027-2028", AgendaItemKind.DECISION,
                        null));
    }

    @Test
    void anAmendmentWithoutAPresenterKeepsIt() {
        fixture.given(withBudgetPresentedByTheMayor())
                .when(new AmendAgendaItem(MEETING, budget, "Budget 2027-2028", null, null))
                .expectEvents(new AgendaItemAmended(MEETING, budget, "Budget 2027-2028", AgendaItemKind.DECISION,
                        null));
    }

    @Test
    void theSamePresenterAgainChangesNothingAndIsRefused() {
        fixture.given(withBudgetPresentedByTheMayor())
                .when(presenter(budget, PresenterChange.to(MAYOR)))
                .expectException(violationOf("AmendmentMustChangeSomething"))
                .expectExceptionMessage(containsString("oplægsholder er de samme som før"))
                .expectNoEvents();
    }

    @Test
    void removingAPresenterThatIsNotThereChangesNothing() {
        fixture.given(withItems())
                .when(presenter(PLAN, PresenterChange.none()))
                .expectException(violationOf("AmendmentMustChangeSomething"))
                .expectNoEvents();
    }

    @Test
    void theItemRemembersItsLatestPresenter() {
        fixture.given(history(withBudgetPresentedByTheMayor(), new AgendaItemPresenterChanged(MEETING, budget, AAB)))
                .when(presenter(budget, PresenterChange.to(AAB)))
                .expectException(violationOf("AmendmentMustChangeSomething"))
                .expectNoEvents();
        fixture.given(history(withBudgetPresentedByTheMayor(), new AgendaItemPresenterChanged(MEETING, budget, null)))
                .when(presenter(budget, PresenterChange.to(MAYOR)))
                .expectEvents(new AgendaItemPresenterChanged(MEETING, budget, MAYOR));
    }

    @Test
    void thePresenterMustBeARegisteredPerson() {
        fixture.given(withItems())
                .when(presenter(PLAN, PresenterChange.to(PersonId.random())))
                .expectException(UnknownReference.class)
                .expectException(unknownReferenceIn("presenterId"))
                .expectNoEvents();
    }

    @Test
    void thePresenterMayChangeAtTheMeetingItself() {
        fixture.given(open())
                .when(presenter(NEWS, PresenterChange.to(AAB)))
                .expectEvents(new AgendaItemPresenterChanged(MEETING, NEWS, AAB));
    }

    @Test
    void noPresenterChangeAfterTheMeetingClosed() {
        fixture.given(closed())
                .when(presenter(NEWS, PresenterChange.to(AAB)))
                .expectException(violationOf("NoAgendaChangeAfterClose"))
                .expectNoEvents();
    }

    @Test
    void noPresenterChangeOnceTheMinutesAreApproved() {
        fixture.given(approved())
                .when(presenter(NEWS, PresenterChange.to(AAB)))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectNoEvents();
    }

    @Test
    void noPresenterChangeAtACancelledMeeting() {
        fixture.given(cancelled())
                .when(presenter(NEWS, PresenterChange.to(AAB)))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnItemGetsNoPresenter() {
        fixture.given(history(withItems(), new AgendaItemWithdrawn(MEETING, NEWS, "Udgår")))
                .when(presenter(NEWS, PresenterChange.to(AAB)))
                .expectException(violationOf("WithdrawnItemTakesNoRecording"))
                .expectNoEvents();
    }

    @Test
    void anUnknownItemGetsNoPresenter() {
        fixture.given(withItems())
                .when(presenter(AgendaItemId.random(), PresenterChange.to(AAB)))
                .expectException(unknownReferenceIn("itemId"))
                .expectNoEvents();
    }
}
