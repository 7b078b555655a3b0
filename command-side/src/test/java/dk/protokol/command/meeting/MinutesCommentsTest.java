package dk.protokol.command.meeting;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.meeting.AnswerMinutesComment;
import dk.protokol.events.command.meeting.ApproveMinutes;
import dk.protokol.events.command.meeting.ApproveMinutesTacitly;
import dk.protokol.events.command.meeting.CirculateMinutes;
import dk.protokol.events.command.meeting.CommentOnMinutes;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.CommentResolution;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.MinutesCommentAnswered;
import dk.protokol.events.meeting.MinutesCommentMade;
import dk.protokol.events.meeting.ObjectionPeriodStarted;
import dk.protokol.events.organisation.MemberRole;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dk.protokol.command.common.InMemoryPersonalData.sealed;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.AAB;
import static dk.protokol.command.meeting.MeetingFixtures.BPS;
import static dk.protokol.command.meeting.MeetingFixtures.CONSULTANT;
import static dk.protokol.command.meeting.MeetingFixtures.DOMEA;
import static dk.protokol.command.meeting.MeetingFixtures.MAYOR;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.closed;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.organisation;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

/**
 * Minutes out for comment (issue 14): the objection period, members' comments and the secretary's answers, and
 * tacit approval (stiltiende godkendelse) when the period ends without an open objection.
 */
class MinutesCommentsTest {

    /** 10:00 in Copenhagen on 12 March; five days for objections: the period ends at midnight after 17 March. */
    private static final Instant CIRCULATED_AT = Instant.parse("2026-03-12T09:00:00Z");
    private static final Instant PERIOD_ENDS = Instant.parse("2026-03-17T23:00:00Z");
    private static final Instant DURING = CIRCULATED_AT.plus(Duration.ofDays(2));
    private static final BodyId SECRETARIAT = BodyId.random();
    private static final PersonId SECRETARIAT_STAFF = PersonId.random();
    private static final PersonId ERASED_MEMBER = PersonId.random();

    private final CommentId comment = CommentId.random();
    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture(organisation()
            .withObjectionPolicy(BPS, 5, true)
            .withBody(SECRETARIAT).withServes(SECRETARIAT, BPS)
            .withMember(SECRETARIAT, SECRETARIAT_STAFF, MemberRole.MEMBER)
            .withMember(BPS, ERASED_MEMBER, MemberRole.MEMBER).withErasedPerson(ERASED_MEMBER));

    private static List<Object> circulatedWithPeriod(boolean tacit) {
        return history(closed(), new MinutesCirculated(MEETING),
                new ObjectionPeriodStarted(MEETING, 5, PERIOD_ENDS, tacit));
    }

    private List<Object> commented() {
        return history(circulatedWithPeriod(true),
                new MinutesCommentMade(MEETING, comment, PLAN, AAB, sealed(AAB, "Punkt 2 gengiver ikke AAB's forbehold.")));
    }

    // ---- the period starts with the circulation, with the body's setting of that moment

    @Test
    void circulationStartsTheBodysObjectionPeriod() {
        fixture.given(closed())
                .when(new CirculateMinutes(MEETING, CIRCULATED_AT))
                .expectEvents(new MinutesCirculated(MEETING), new ObjectionPeriodStarted(MEETING, 5, PERIOD_ENDS, true));
    }

    // ---- comments

    @Test
    void aMemberCommentsOnAnItemWithinThePeriodInWordsSealedUnderTheirKey() {
        fixture.given(circulatedWithPeriod(true))
                .when(new CommentOnMinutes(MEETING, comment, PLAN, AAB, "  Punkt 2 gengiver ikke AAB's forbehold. ",
                        DURING))
                .expectEvents(new MinutesCommentMade(MEETING, comment, PLAN, AAB,
                        sealed(AAB, "Punkt 2 gengiver ikke AAB's forbehold.")));
    }

    @Test
    void theSecretariatServingTheBodyComments() {
        fixture.given(circulatedWithPeriod(true))
                .when(new CommentOnMinutes(MEETING, comment, null, SECRETARIAT_STAFF, "Navnet på mødestedet er rettet.",
                        DURING))
                .expectEvents(new MinutesCommentMade(MEETING, comment, null, SECRETARIAT_STAFF,
                        sealed(SECRETARIAT_STAFF, "Navnet på mødestedet er rettet.")));
    }

    @Test
    void onlyMembersAndTheSecretariatComment() {
        fixture.given(circulatedWithPeriod(true))
                .when(new CommentOnMinutes(MEETING, comment, null, CONSULTANT, "Jeg var der også.", DURING))
                .expectException(violationOf("CommentsFromMembersAndTheSecretariat"))
                .expectNoEvents();
    }

    @Test
    void commentsEndWithTheObjectionPeriod() {
        fixture.given(circulatedWithPeriod(true))
                .when(new CommentOnMinutes(MEETING, comment, null, AAB, "For sent.", PERIOD_ENDS))
                .expectException(violationOf("CommentsOnlyWithinTheObjectionPeriod"))
                .expectExceptionMessage(containsString("Indsigelsesfristen udløb 18. marts 2026 kl. 00:00"))
                .expectNoEvents();
    }

    @Test
    void minutesCirculatedBeforeBodiesHadAPeriodTakeCommentsUntilApproval() {
        fixture.given(history(closed(), new MinutesCirculated(MEETING)))
                .when(new CommentOnMinutes(MEETING, comment, null, AAB, "Sent, men før godkendelsen.",
                        CIRCULATED_AT.plus(Duration.ofDays(60))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void commentsComeOnlyOnCirculatedMinutes() {
        fixture.given(closed())
                .when(new CommentOnMinutes(MEETING, comment, null, AAB, "For tidligt.", DURING))
                .expectException(violationOf("CommentsOnlyOnCirculatedMinutes"))
                .expectExceptionMessage(containsString("ikke sendt ud til kommentering"))
                .expectNoEvents();
        fixture.given(approved())
                .when(new CommentOnMinutes(MEETING, comment, null, AAB, "For sent.", DURING))
                .expectException(violationOf("CommentsOnlyOnCirculatedMinutes"))
                .expectExceptionMessage(containsString("Referatet er godkendt"))
                .expectNoEvents();
    }

    @Test
    void anErasedPersonMakesNoComment() {
        fixture.given(circulatedWithPeriod(true))
                .when(new CommentOnMinutes(MEETING, comment, null, ERASED_MEMBER, "Tekst.", DURING))
                .expectException(violationOf("ErasedPersonMakesNoComment"))
                .expectNoEvents();
    }

    @Test
    void aCommentOnAnItemNamesAnItemOfTheMeeting() {
        fixture.given(circulatedWithPeriod(true))
                .when(new CommentOnMinutes(MEETING, comment, AgendaItemId.random(), AAB, "Tekst.", DURING))
                .expectException(unknownReferenceIn("itemId"))
                .expectNoEvents();
    }

    @Test
    void aCommentHasText() {
        assertThatThrownBy(() -> new CommentOnMinutes(MEETING, comment, null, AAB, "  ", DURING))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("Skriv din bemærkning til referatet.");
    }

    // ---- answers

    @Test
    void theSecretaryAnswersACommentByACorrection() {
        fixture.given(commented())
                .when(new AnswerMinutesComment(MEETING, comment, CommentResolution.CORRECTED,
                        " AAB tager forbehold for finansieringen. "))
                .expectEvents(new MinutesCommentAnswered(MEETING, comment, CommentResolution.CORRECTED,
                        "AAB tager forbehold for finansieringen."));
    }

    @Test
    void aCommentIsAnsweredOnce() {
        fixture.given(history(commented(), new MinutesCommentAnswered(MEETING, comment, CommentResolution.NOTED,
                        "Noteret; referatet gengiver drøftelsen.")))
                .when(new AnswerMinutesComment(MEETING, comment, CommentResolution.CORRECTED, "Igen."))
                .expectException(violationOf("CommentAnsweredOnlyOnce"))
                .expectNoEvents();
    }

    @Test
    void anUnknownCommentIsNotAnswered() {
        fixture.given(commented())
                .when(new AnswerMinutesComment(MEETING, CommentId.random(), CommentResolution.NOTED, "Noteret."))
                .expectException(unknownReferenceIn("commentId"))
                .expectNoEvents();
    }

    @Test
    void approvedMinutesTakeNoAnswerButACorrection() {
        fixture.given(history(commented(), new MinutesApproved(MEETING, MAYOR, null)))
                .when(new AnswerMinutesComment(MEETING, comment, CommentResolution.NOTED, "Noteret."))
                .expectException(violationOf("AnswersOnlyBeforeApproval"))
                .expectNoEvents();
    }

    // ---- tacit approval

    @Test
    void silenceApprovesTheMinutesWhenThePeriodEnds() {
        fixture.given(circulatedWithPeriod(true))
                .when(new ApproveMinutesTacitly(MEETING, PERIOD_ENDS))
                .expectEvents(new MinutesApproved(MEETING, null, null, MinutesApproved.TACIT_APPROVAL));
    }

    @Test
    void noTacitApprovalBeforeThePeriodEnds() {
        fixture.given(circulatedWithPeriod(true))
                .when(new ApproveMinutesTacitly(MEETING, PERIOD_ENDS.minusSeconds(1)))
                .expectException(violationOf("TacitApprovalOnlyAfterTheObjectionPeriod"))
                .expectNoEvents();
    }

    @Test
    void noTacitApprovalWhileAnObjectionIsOpen() {
        fixture.given(commented())
                .when(new ApproveMinutesTacitly(MEETING, PERIOD_ENDS.plus(Duration.ofDays(3))))
                .expectException(violationOf("NoTacitApprovalWhileAnObjectionIsOpen"))
                .expectExceptionMessage(containsString("1 ubesvaret bemærkning"))
                .expectNoEvents();
    }

    @Test
    void anAnsweredCommentNoLongerHoldsTheApprovalBack() {
        fixture.given(history(commented(), new MinutesCommentAnswered(MEETING, comment, CommentResolution.NOTED,
                        "Noteret.")))
                .when(new ApproveMinutesTacitly(MEETING, PERIOD_ENDS))
                .expectEvents(new MinutesApproved(MEETING, null, null, MinutesApproved.TACIT_APPROVAL));
    }

    @Test
    void noTacitApprovalWhereTheBodyDidNotChooseIt() {
        fixture.given(circulatedWithPeriod(false))
                .when(new ApproveMinutesTacitly(MEETING, PERIOD_ENDS))
                .expectException(violationOf("TacitApprovalOnlyWhereTheBodyApprovesTacitly"))
                .expectNoEvents();
        fixture.given(history(closed(), new MinutesCirculated(MEETING)))
                .when(new ApproveMinutesTacitly(MEETING, PERIOD_ENDS))
                .expectException(violationOf("TacitApprovalOnlyWhereTheBodyApprovesTacitly"))
                .expectNoEvents();
    }

    @Test
    void minutesTheChairApprovedAreNotApprovedAgainBySilence() {
        fixture.given(history(circulatedWithPeriod(true), new MinutesApproved(MEETING, MAYOR, null)))
                .when(new ApproveMinutesTacitly(MEETING, PERIOD_ENDS))
                .expectException(violationOf("MinutesApprovedOnlyOnce"))
                .expectNoEvents();
    }

    @Test
    void theChairMayApproveWhileAnObjectionIsOpen() {
        fixture.given(commented())
                .when(new ApproveMinutes(MEETING, MAYOR, LocalDate.of(2026, 3, 14), null))
                .expectEvents(new MinutesApproved(MEETING, MAYOR, null));
    }

    @Test
    void aMemberInTheBodyButNotTheChairStillComments() {
        fixture.given(circulatedWithPeriod(true))
                .when(new CommentOnMinutes(MEETING, comment, null, DOMEA, "Enig.", DURING))
                .expectSuccessfulHandlerExecution();
    }
}
