package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AcceptReferredCase;
import dk.protokol.events.command.meeting.WithdrawAgendaItem;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.ACCEPTED_REFERRAL;
import static dk.protokol.command.meeting.MeetingFixtures.BUDGET_REFERRAL;
import static dk.protokol.command.meeting.MeetingFixtures.FKU;
import static dk.protokol.command.meeting.MeetingFixtures.FKU_BUDGET_ITEM;
import static dk.protokol.command.meeting.MeetingFixtures.FKU_MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.REFERRAL_TO_FKU;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.cancelled;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.openAndQuorate;
import static dk.protokol.command.meeting.MeetingFixtures.published;
import static dk.protokol.command.meeting.MeetingFixtures.withItems;
import static org.hamcrest.Matchers.containsString;

/** A case referred from another body taken onto this meeting's agenda (POST /api/referrals/{id}/accept). */
class ReferralAcceptanceTest {

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();
    private final AgendaItemId item = AgendaItemId.random();

    @Test
    void theCaseBecomesAnItemForDecisionUnderItsTitleAndSaysWhereItCameFrom() {
        fixture.given(withItems())
                .when(new AcceptReferredCase(MEETING, item, BUDGET_REFERRAL, null, null))
                .expectEvents(
                        new AgendaItemAdded(MEETING, item, "Budget for helhedsplanen", AgendaItemKind.DECISION,
                                "BPS bedes godkende budgettet.", null, false),
                        new ReferredCaseAccepted(MEETING, item, BUDGET_REFERRAL, FKU, FKU_MEETING, FKU_BUDGET_ITEM));
    }

    @Test
    void theSecretaryMayGiveTheItemAnotherTitleAndKind() {
        fixture.given(published())
                .when(new AcceptReferredCase(MEETING, item, BUDGET_REFERRAL, " Budget 2027 (fra FKU) ",
                        AgendaItemKind.DISCUSSION))
                .expectEvents(
                        new AgendaItemAdded(MEETING, item, "Budget 2027 (fra FKU)", AgendaItemKind.DISCUSSION,
                                "BPS bedes godkende budgettet.", null, false),
                        new ReferredCaseAccepted(MEETING, item, BUDGET_REFERRAL, FKU, FKU_MEETING, FKU_BUDGET_ITEM));
    }

    @Test
    void aCaseMayBeTakenUpAtTheMeetingItself() {
        fixture.given(openAndQuorate())
                .when(new AcceptReferredCase(MEETING, item, BUDGET_REFERRAL, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theReferralMustExist() {
        fixture.given(withItems())
                .when(new AcceptReferredCase(MEETING, item, ReferralId.random(), null, null))
                .expectException(unknownReferenceIn("referralId"))
                .expectNoEvents();
    }

    @Test
    void aCaseIsTakenOntoAnAgendaOnlyOnce() {
        fixture.given(withItems())
                .when(new AcceptReferredCase(MEETING, item, ACCEPTED_REFERRAL, null, null))
                .expectException(violationOf("ReferralAcceptedOnlyOnce"))
                .expectExceptionMessage(containsString("allerede sat på dagsordenen til mødet den 9. juni 2026"))
                .expectNoEvents();
    }

    @Test
    void aCaseReferredToAnotherBodyIsNotTakenOntoThisBodysAgenda() {
        fixture.given(withItems())
                .when(new AcceptReferredCase(MEETING, item, REFERRAL_TO_FKU, null, null))
                .expectException(violationOf("ReferralBelongsToAnotherBody"))
                .expectNoEvents();
    }

    @Test
    void aClosedMeetingTakesNoMoreAgendaItems() {
        fixture.given(history(openAndQuorate(), new MeetingClosed(MEETING)))
                .when(new AcceptReferredCase(MEETING, item, BUDGET_REFERRAL, null, null))
                .expectException(violationOf("NoAgendaChangeAfterClose"))
                .expectNoEvents();
    }

    @Test
    void aCancelledMeetingTakesNoCase() {
        fixture.given(cancelled())
                .when(new AcceptReferredCase(MEETING, item, BUDGET_REFERRAL, null, null))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"))
                .expectNoEvents();
    }

    @Test
    void approvedMinutesTakeNoCase() {
        fixture.given(approved())
                .when(new AcceptReferredCase(MEETING, item, BUDGET_REFERRAL, null, null))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectNoEvents();
    }

    @Test
    void theAcceptedItemIsAnOrdinaryItemOfTheMeeting() {
        fixture.given(history(withItems(),
                        new AgendaItemAdded(MEETING, item, "Budget for helhedsplanen", AgendaItemKind.DECISION,
                                "BPS bedes godkende budgettet.", null, false),
                        new ReferredCaseAccepted(MEETING, item, BUDGET_REFERRAL, FKU, FKU_MEETING, FKU_BUDGET_ITEM)))
                .when(new WithdrawAgendaItem(MEETING, item, "Udskydes til næste møde"))
                .expectSuccessfulHandlerExecution();
    }
}
