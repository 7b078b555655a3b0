package dk.protokol.command.meeting;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.meeting.AddAgendaItem;
import dk.protokol.events.command.meeting.AmendAgendaItem;
import dk.protokol.events.command.meeting.PublishAgenda;
import dk.protokol.events.command.meeting.ReorderAgenda;
import dk.protokol.events.command.meeting.WithdrawAgendaItem;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.ItemNotesRecorded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.MAYOR;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.NEWS;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.STANDING;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.cancelled;
import static dk.protokol.command.meeting.MeetingFixtures.closed;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.open;
import static dk.protokol.command.meeting.MeetingFixtures.openAndQuorate;
import static dk.protokol.command.meeting.MeetingFixtures.planAdopted;
import static dk.protokol.command.meeting.MeetingFixtures.published;
import static dk.protokol.command.meeting.MeetingFixtures.scheduled;
import static dk.protokol.command.meeting.MeetingFixtures.withItems;
import static org.hamcrest.Matchers.containsString;

class AgendaTest {

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();
    private final AgendaItemId newItem = AgendaItemId.random();

    // ---- adding

    @Test
    void addsAnItemWithItsPresenterLastOnTheAgenda() {
        fixture.given(scheduled())
                .when(new AddAgendaItem(MEETING, newItem, " Handleplan 2027 ", AgendaItemKind.DECISION, "  ", MAYOR))
                .expectEvents(new AgendaItemAdded(MEETING, newItem, "Handleplan 2027", AgendaItemKind.DECISION, null,
                        MAYOR, false));
    }

    @Test
    void addsAnItemAtTheMeetingItself() {
        fixture.given(open())
                .when(new AddAgendaItem(MEETING, newItem, "Eventuelt", AgendaItemKind.INFORMATION, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anItemNeedsATitle() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new AddAgendaItem(MEETING, newItem, " ", AgendaItemKind.DISCUSSION, null, null))
                .isInstanceOf(InvalidCommand.class)
                .hasMessage("Punktets titel skal udfyldes.");
    }

    @Test
    void thePresenterMustBeARegisteredPerson() {
        fixture.given(scheduled())
                .when(new AddAgendaItem(MEETING, newItem, "Oplæg", AgendaItemKind.INFORMATION, null, PersonId.random()))
                .expectException(UnknownReference.class)
                .expectException(unknownReferenceIn("presenterId"))
                .expectNoEvents();
    }

    @Test
    void noAgendaChangeAfterTheMeetingClosed() {
        fixture.given(closed())
                .when(new AddAgendaItem(MEETING, newItem, "Glemt punkt", AgendaItemKind.INFORMATION, null, null))
                .expectException(violationOf("NoAgendaChangeAfterClose"))
                .expectExceptionMessage(containsString("Mødet er afsluttet"))
                .expectNoEvents();
    }

    @Test
    void approvedMinutesTakeNoNewItems() {
        fixture.given(approved())
                .when(new AddAgendaItem(MEETING, newItem, "Glemt punkt", AgendaItemKind.INFORMATION, null, null))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectExceptionMessage(containsString("registrere en rettelse"))
                .expectNoEvents();
    }

    @Test
    void aCancelledMeetingTakesNoItems() {
        fixture.given(cancelled())
                .when(new AddAgendaItem(MEETING, newItem, "Punkt", AgendaItemKind.INFORMATION, null, null))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"))
                .expectNoEvents();
    }

    // ---- amending

    @Test
    void amendsTheKindAndKeepsWhatIsLeftOut() {
        fixture.given(withItems())
                .when(new AmendAgendaItem(MEETING, NEWS, null, AgendaItemKind.DISCUSSION, null))
                .expectEvents(new AgendaItemAmended(MEETING, NEWS, "Nyt fra sekretariatet", AgendaItemKind.DISCUSSION,
                        null));
    }

    @Test
    void anEmptyDescriptionRemovesTheDescription() {
        fixture.given(withItems())
                .when(new AmendAgendaItem(MEETING, PLAN, "Handleplan 2027-2030", null, ""))
                .expectEvents(new AgendaItemAmended(MEETING, PLAN, "Handleplan 2027-2030", AgendaItemKind.DECISION,
                        null));
    }

    @Test
    void anAmendmentMustChangeSomething() {
        fixture.given(withItems())
                .when(new AmendAgendaItem(MEETING, PLAN, "Handleplan 2027", AgendaItemKind.DECISION, null))
                .expectException(violationOf("AmendmentMustChangeSomething"))
                .expectNoEvents();
    }

    @Test
    void cannotAmendAnItemThatIsNotOnTheAgenda() {
        fixture.given(withItems())
                .when(new AmendAgendaItem(MEETING, AgendaItemId.random(), "Ny titel", null, null))
                .expectException(unknownReferenceIn("itemId"))
                .expectNoEvents();
    }

    @Test
    void anItemWithADecisionStaysADecisionItem() {
        fixture.given(history(openAndQuorate(), planAdopted()))
                .when(new AmendAgendaItem(MEETING, PLAN, null, AgendaItemKind.INFORMATION, null))
                .expectException(violationOf("DecidedItemStaysADecisionItem"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnItemIsNotAmended() {
        fixture.given(history(withItems(), new AgendaItemWithdrawn(MEETING, NEWS, "Udgår")))
                .when(new AmendAgendaItem(MEETING, NEWS, "Ny titel", null, null))
                .expectException(violationOf("WithdrawnItemTakesNoRecording"))
                .expectExceptionMessage(containsString("\"Nyt fra sekretariatet\" er taget af dagsordenen"))
                .expectNoEvents();
    }

    // ---- withdrawing

    @Test
    void withdrawsAnItem() {
        fixture.given(published())
                .when(new WithdrawAgendaItem(MEETING, NEWS, "Udsat til næste møde"))
                .expectEvents(new AgendaItemWithdrawn(MEETING, NEWS, "Udsat til næste møde"));
    }

    @Test
    void theStandingItemStaysOnTheAgenda() {
        fixture.given(published())
                .when(new WithdrawAgendaItem(MEETING, STANDING, "Ikke nødvendigt"))
                .expectException(violationOf("StandingItemStaysOnTheAgenda"))
                .expectNoEvents();
    }

    @Test
    void anItemWithNotesCannotBeWithdrawn() {
        fixture.given(history(open(), new ItemNotesRecorded(MEETING, NEWS, "Sekretariatet orienterede.")))
                .when(new WithdrawAgendaItem(MEETING, NEWS, "Alligevel ikke"))
                .expectException(violationOf("ItemWithMinutesCannotBeWithdrawn"))
                .expectNoEvents();
    }

    @Test
    void anItemIsWithdrawnOnce() {
        fixture.given(history(withItems(), new AgendaItemWithdrawn(MEETING, NEWS, "Udgår")))
                .when(new WithdrawAgendaItem(MEETING, NEWS, "Igen"))
                .expectException(violationOf("WithdrawnItemTakesNoRecording"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawalNeedsAReason() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new WithdrawAgendaItem(MEETING, NEWS, ""))
                .isInstanceOf(InvalidCommand.class);
    }

    // ---- order and publication

    @Test
    void reordersTheAgenda() {
        fixture.given(withItems())
                .when(new ReorderAgenda(MEETING, List.of(STANDING, NEWS, PLAN)))
                .expectEvents(new AgendaReordered(MEETING, List.of(STANDING, NEWS, PLAN)));
    }

    @Test
    void aNewOrderLeavesTheWithdrawnItemsOut() {
        fixture.given(history(withItems(), new AgendaItemWithdrawn(MEETING, NEWS, "Udgår")))
                .when(new ReorderAgenda(MEETING, List.of(PLAN, STANDING)))
                .expectEvents(new AgendaReordered(MEETING, List.of(PLAN, STANDING)));
    }

    @Test
    void aNewOrderNamesEveryItemOnce() {
        fixture.given(withItems())
                .when(new ReorderAgenda(MEETING, List.of(STANDING, PLAN)))
                .expectException(violationOf("ReorderListsEveryItemOnce"))
                .expectExceptionMessage(containsString("præcis én gang (3 punkter"))
                .expectNoEvents();
        fixture.given(withItems())
                .when(new ReorderAgenda(MEETING, List.of(STANDING, PLAN, PLAN)))
                .expectException(violationOf("ReorderListsEveryItemOnce"))
                .expectNoEvents();
    }

    @Test
    void aNewOrderCannotBringBackAWithdrawnItem() {
        fixture.given(history(withItems(), new AgendaItemWithdrawn(MEETING, NEWS, "Udgår")))
                .when(new ReorderAgenda(MEETING, List.of(STANDING, NEWS, PLAN)))
                .expectException(violationOf("ReorderListsEveryItemOnce"))
                .expectNoEvents();
    }

    @Test
    void publishesTheAgenda() {
        fixture.given(withItems())
                .when(new PublishAgenda(MEETING))
                .expectEvents(new AgendaPublished(MEETING));
    }

    @Test
    void anAmendedAgendaMayBeSentOutAgain() {
        fixture.given(history(published(), new AgendaItemAmended(MEETING, NEWS, "Nyt fra sekretariatet og FKU",
                        AgendaItemKind.INFORMATION, null)))
                .when(new PublishAgenda(MEETING))
                .expectEvents(new AgendaPublished(MEETING));
    }

    @Test
    void theAgendaIsNotPublishedOnceTheMeetingHasOpened() {
        fixture.given(open())
                .when(new PublishAgenda(MEETING))
                .expectException(violationOf("AgendaPublishedOnlyBeforeTheMeetingOpens"))
                .expectNoEvents();
    }

    @Test
    void theAgendaOfACancelledMeetingIsNotPublished() {
        fixture.given(cancelled())
                .when(new PublishAgenda(MEETING))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"))
                .expectNoEvents();
    }
}
