package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * The chair for the day (mødeleder) is one of the body's voting members (chair, vice-chair, member) on the
 * meeting's day, recorded present at the meeting.
 */
record ChairOfTheDayIsAVotingMemberPresent(MemberRole role, boolean present, LocalDate meetingDate)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return !VotingMembers.isVoting(role) || !present;
    }

    @Override
    public String field() {
        return "personId";
    }

    @Override
    public String message() {
        if (!VotingMembers.isVoting(role)) {
            return "Mødelederen skal være et stemmeberettiget medlem af organet (formand, næstformand eller medlem) den "
                    + Words.DANISH.date(meetingDate) + ".";
        }
        return "Mødelederen skal være registreret som til stede på mødet. Registrér fremmødet først.";
    }
}
