package dk.protokol.command.meeting;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.meeting.NameMinuteTaker;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.MinuteTakerNamed;
import dk.protokol.events.organisation.MemberRole;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.AAB;
import static dk.protokol.command.meeting.MeetingFixtures.BPS;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.SECRETARY;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.open;
import static dk.protokol.command.meeting.MeetingFixtures.organisation;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

/** The meeting's minute-taker (referent): the body's secretary, or a person of a body that serves it (issue 10). */
class MinuteTakerTest {

    static final BodyId SECRETARIAT = BodyId.random();
    static final PersonId CLERK = PersonId.random();

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture(organisation()
            .withBody(SECRETARIAT).withServes(SECRETARIAT, BPS)
            .withMember(SECRETARIAT, CLERK, MemberRole.MEMBER, LocalDate.of(2025, 1, 1), null));

    @Test
    void theBodysSecretaryIsNamedMinuteTaker() {
        fixture.given(open())
                .when(new NameMinuteTaker(MEETING, SECRETARY))
                .expectEvents(new MinuteTakerNamed(MEETING, SECRETARY));
    }

    @Test
    void aPersonOfTheServingSecretariatIsNamedMinuteTaker() {
        fixture.given(open())
                .when(new NameMinuteTaker(MEETING, CLERK))
                .expectEvents(new MinuteTakerNamed(MEETING, CLERK));
    }

    @Test
    void namingTheSameMinuteTakerAgainRecordsNothing() {
        fixture.given(history(open(), new MinuteTakerNamed(MEETING, CLERK)))
                .when(new NameMinuteTaker(MEETING, CLERK))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMemberWhoDoesNotRecordForTheBodyIsNotTheMinuteTaker() {
        fixture.given(open())
                .when(new NameMinuteTaker(MEETING, AAB))
                .expectException(violationOf("MinuteTakerRecordsForTheBody"))
                .expectExceptionMessage(containsString("organets sekretær eller sidde i et organ, der betjener det"))
                .expectNoEvents();
    }

    @Test
    void noMinuteTakerNamedAfterTheMinutesAreApproved() {
        fixture.given(approved())
                .when(new NameMinuteTaker(MEETING, SECRETARY))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectNoEvents();
    }

    @Test
    void aMinuteTakerMustBeNamed() {
        assertThatThrownBy(() -> new NameMinuteTaker(MEETING, null))
                .isInstanceOf(InvalidCommand.class).hasMessage("Vælg referenten.");
    }
}
