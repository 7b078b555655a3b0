package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.words.Words;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Present, apologies (afbud) and absent are said of the body's members on the meeting's day; anyone else who
 * attends is a guest (gæst). A substitute (suppleant) attends for a named member (chair, vice-chair or member);
 * only a substitute stands in, and only when attending.
 *
 * @param role             the attending person's role in the body on the meeting's day; null if none
 * @param substitutedsRole the role on that day of the member stood in for; null if none
 */
record AttendanceOnlyForMembersSubstitutesOrGuests(AttendanceStatus status, MemberRole role,
                                                   PersonId substituteFor, MemberRole substitutedsRole,
                                                   LocalDate meetingDate) implements DomainRule {

    @Override
    public boolean isBroken() {
        return problem().isPresent();
    }

    @Override
    public String field() {
        return "personId";
    }

    @Override
    public String message() {
        return problem().orElseThrow();
    }

    private Optional<String> problem() {
        if (status != AttendanceStatus.GUEST && role == null) {
            return Optional.of("Personen er ikke medlem af organet den " + Words.DANISH.date(meetingDate)
                    + ". Deltager, afbud og fravær registreres for organets medlemmer; registrér personen som gæst,"
                    + " eller udpeg personen til organet først.");
        }
        if (substituteFor != null && status != AttendanceStatus.PRESENT) {
            return Optional.of("Kun en suppleant, der deltager i mødet, kan møde for et medlem.");
        }
        if (substituteFor != null && role != MemberRole.SUBSTITUTE) {
            return Optional.of("Kun en suppleant kan møde for et medlem; personen er " + Words.DANISH.label(role)
                    + " i organet.");
        }
        if (substituteFor != null && !VotingMembers.isVoting(substitutedsRole)) {
            return Optional.of("Suppleanten skal møde for et medlem af organet (formand, næstformand eller medlem),"
                    + " og den angivne person er det ikke den " + Words.DANISH.date(meetingDate) + ".");
        }
        if (role == MemberRole.SUBSTITUTE && status == AttendanceStatus.PRESENT && substituteFor == null) {
            return Optional.of("En suppleant møder for et bestemt medlem. Angiv hvilket medlem suppleanten møder"
                    + " for.");
        }
        return Optional.empty();
    }
}
