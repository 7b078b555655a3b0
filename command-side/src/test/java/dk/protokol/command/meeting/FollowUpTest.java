package dk.protokol.command.meeting;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.meeting.AgreeAction;
import dk.protokol.events.command.meeting.ReferCase;
import dk.protokol.events.command.meeting.WithdrawAgendaItem;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.MeetingClosed;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.BPS;
import static dk.protokol.command.meeting.MeetingFixtures.FKU;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING_DAY;
import static dk.protokol.command.meeting.MeetingFixtures.NEWS;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN_ADOPTED;
import static dk.protokol.command.meeting.MeetingFixtures.SECRETARY;
import static dk.protokol.command.meeting.MeetingFixtures.THEME_GROUP;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.circulated;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.openAndQuorate;
import static dk.protokol.command.meeting.MeetingFixtures.planAdopted;
import static dk.protokol.command.meeting.MeetingFixtures.published;
import static org.hamcrest.Matchers.containsString;

/** Actions (opfølgning) and referrals of a case to another body. */
class FollowUpTest {

    private static final LocalDate DUE = LocalDate.of(2026, 5, 1);

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();
    private final ActionId action = ActionId.random();
    private final ReferralId referral = ReferralId.random();

    // ---- actions

    @Test
    void agreesAnActionThatFollowsUpADecision() {
        fixture.given(history(openAndQuorate(), planAdopted()))
                .when(new AgreeAction(MEETING, PLAN, action, " Udsend den godkendte handleplan ", SECRETARY, DUE,
                        PLAN_ADOPTED))
                .expectEvents(new ActionAgreed(MEETING, PLAN, action, "Udsend den godkendte handleplan", SECRETARY,
                        DUE, PLAN_ADOPTED));
    }

    @Test
    void agreesAnActionUnderAnItemForInformation() {
        fixture.given(openAndQuorate())
                .when(new AgreeAction(MEETING, NEWS, action, "Rundsend nyhedsbrevet", SECRETARY, DUE, null))
                .expectEvents(new ActionAgreed(MEETING, NEWS, action, "Rundsend nyhedsbrevet", SECRETARY, DUE, null));
    }

    @Test
    void anActionMayBeEnteredAfterTheMeetingClosed() {
        fixture.given(history(openAndQuorate(), new MeetingClosed(MEETING)))
                .when(new AgreeAction(MEETING, NEWS, action, "Rundsend nyhedsbrevet", SECRETARY, DUE, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void actionsAreAgreedAtTheMeeting() {
        fixture.given(published())
                .when(new AgreeAction(MEETING, NEWS, action, "Forberedt opfølgning", SECRETARY, DUE, null))
                .expectException(violationOf("FollowUpOnlyWhileOpenOrBeforeCirculation"))
                .expectNoEvents();
        fixture.given(circulated())
                .when(new AgreeAction(MEETING, NEWS, action, "Sen opfølgning", SECRETARY, DUE, null))
                .expectException(violationOf("FollowUpOnlyWhileOpenOrBeforeCirculation"))
                .expectExceptionMessage(containsString("Referatet er sendt ud"))
                .expectNoEvents();
    }

    @Test
    void theOwnerMustBeARegisteredPerson() {
        fixture.given(openAndQuorate())
                .when(new AgreeAction(MEETING, NEWS, action, "Opfølgning", PersonId.random(), DUE, null))
                .expectException(unknownReferenceIn("ownerId"))
                .expectNoEvents();
    }

    @Test
    void anActionIsNotDueBeforeTheMeeting() {
        fixture.given(openAndQuorate())
                .when(new AgreeAction(MEETING, NEWS, action, "Opfølgning", SECRETARY, MEETING_DAY.minusDays(1), null))
                .expectException(violationOf("DueDateNotBeforeTheMeeting"))
                .expectExceptionMessage(containsString("Fristen (9. marts 2026) ligger før mødet"))
                .expectNoEvents();
    }

    @Test
    void anActionFollowsADecisionUnderItsOwnItem() {
        fixture.given(history(openAndQuorate(), planAdopted()))
                .when(new AgreeAction(MEETING, NEWS, action, "Opfølgning", SECRETARY, DUE, PLAN_ADOPTED))
                .expectException(violationOf("ActionFollowsADecisionOnTheSameItem"))
                .expectNoEvents();
    }

    @Test
    void theDecisionFollowedUpMustBeOneOfTheMeeting() {
        fixture.given(openAndQuorate())
                .when(new AgreeAction(MEETING, PLAN, action, "Opfølgning", SECRETARY, DUE, DecisionId.random()))
                .expectException(unknownReferenceIn("decisionId"))
                .expectNoEvents();
    }

    @Test
    void anActionNeedsADescription() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new AgreeAction(MEETING, NEWS, action, " ", SECRETARY, DUE, null))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void aWithdrawnItemTakesNoActions() {
        fixture.given(history(openAndQuorate(), new AgendaItemWithdrawn(MEETING, NEWS, "Udgår")))
                .when(new AgreeAction(MEETING, NEWS, action, "Opfølgning", SECRETARY, DUE, null))
                .expectException(violationOf("WithdrawnItemTakesNoRecording"))
                .expectNoEvents();
    }

    @Test
    void approvedMinutesTakeNoNewActions() {
        fixture.given(approved())
                .when(new AgreeAction(MEETING, NEWS, action, "Opfølgning", SECRETARY, DUE, null))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectNoEvents();
    }

    // ---- referrals

    @Test
    void refersTheCaseToAnotherBody() {
        fixture.given(openAndQuorate())
                .when(new ReferCase(MEETING, PLAN, referral, FKU, " FKU udarbejder budget til handleplanen. "))
                .expectEvents(new CaseReferred(MEETING, PLAN, referral, FKU,
                        "FKU udarbejder budget til handleplanen."));
    }

    @Test
    void aCaseIsReferredToAnotherBodyNotBackToItself() {
        fixture.given(openAndQuorate())
                .when(new ReferCase(MEETING, PLAN, referral, BPS, "Til næste møde"))
                .expectException(violationOf("ReferralToAnotherBody"))
                .expectNoEvents();
    }

    @Test
    void aDissolvedBodyTakesNoReferrals() {
        fixture.given(openAndQuorate())
                .when(new ReferCase(MEETING, PLAN, referral, THEME_GROUP, "Til temagruppen"))
                .expectException(violationOf("NoReferralToADissolvedBody"))
                .expectExceptionMessage(containsString("nedlagt pr. 30. juni 2025"))
                .expectNoEvents();
    }

    @Test
    void theTargetBodyMustExist() {
        fixture.given(openAndQuorate())
                .when(new ReferCase(MEETING, PLAN, referral, BodyId.random(), "Til et ukendt organ"))
                .expectException(unknownReferenceIn("targetBodyId"))
                .expectNoEvents();
    }

    @Test
    void aReferralNeedsANote() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new ReferCase(MEETING, PLAN, referral, FKU, null))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void referralsAreMadeAtTheMeeting() {
        fixture.given(circulated())
                .when(new ReferCase(MEETING, PLAN, referral, FKU, "For sent"))
                .expectException(violationOf("FollowUpOnlyWhileOpenOrBeforeCirculation"))
                .expectNoEvents();
    }

    @Test
    void aReferralGoesUnderAnItemOfTheMeeting() {
        fixture.given(openAndQuorate())
                .when(new ReferCase(MEETING, AgendaItemId.random(), referral, FKU, "Note"))
                .expectException(unknownReferenceIn("itemId"))
                .expectNoEvents();
    }

    @Test
    void anItemWithAReferralCannotBeWithdrawn() {
        fixture.given(history(openAndQuorate(), new CaseReferred(MEETING, NEWS, referral, FKU, "Til FKU")))
                .when(new WithdrawAgendaItem(MEETING, NEWS, "Alligevel ikke"))
                .expectException(violationOf("ItemWithMinutesCannotBeWithdrawn"))
                .expectNoEvents();
    }
}
