package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** Conflict of interest (inhabilitet) concerns those who take part in the body's decisions: its members. */
record ConflictOnlyForMembers(MemberRole role, LocalDate meetingDate) implements DomainRule {

    @Override
    public boolean isBroken() {
        return role == null;
    }

    @Override
    public String message() {
        return "Personen er ikke medlem af organet den " + Words.DANISH.date(meetingDate)
                + " og deltager ikke i dets beslutninger; inhabilitet registreres kun for medlemmer.";
    }
}
