package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.meeting.DecisionOutcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.BPS;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.openAndQuorate;
import static org.hamcrest.Matchers.containsString;

/**
 * A decision needs the quorum that held on the meeting's day (OrganisationLookup.quorumOn), not the one given last:
 * the steering group (quorum 3 from its establishment, four voting members present) decides at its March meeting
 * although its quorum is raised to 5 from June, and not when it was raised before the meeting.
 */
class QuorumByDayTest {

    private static final RecordDecision ADOPT = new RecordDecision(MEETING, PLAN, DecisionId.random(),
            "Handleplanen godkendes.", DecisionOutcome.ADOPTED, null, null, null, null);

    @Test
    void aQuorumRaisedAfterTheMeetingDoesNotApplyToIt() {
        MeetingFixtures.fixture(MeetingFixtures.organisation().withQuorum(BPS, LocalDate.of(2026, 6, 1), 5))
                .given(openAndQuorate())
                .when(ADOPT)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aQuorumRaisedBeforeTheMeetingApplies() {
        MeetingFixtures.fixture(MeetingFixtures.organisation().withQuorum(BPS, LocalDate.of(2026, 3, 1), 5))
                .given(openAndQuorate())
                .when(ADOPT)
                .expectException(violationOf("QuorumRequired"))
                .expectExceptionMessage(containsString("mindst 5"));
    }
}
