package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.organisation.MemberRole;

/**
 * When the body's chair was not present at the meeting, or the body has no chair, the minutes are approved by the
 * meeting's chair for the day (mødeleder), or by the body's vice-chair (næstformand) on the day of approval — or by a
 * chair the body has by then.
 */
record InTheChairsAbsenceTheChairOfTheDayOrViceChairApproves(MemberRole approversRole, boolean chairWasPresent,
                                                            boolean approverIsChairOfTheDay, boolean chairOfTheDayChosen)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return !chairWasPresent && approversRole != MemberRole.CHAIR && approversRole != MemberRole.VICE_CHAIR
                && !approverIsChairOfTheDay;
    }

    @Override
    public String message() {
        return "Formanden var ikke til stede på mødet (eller organet har ingen formand), så referatet godkendes af "
                + "mødelederen eller næstformanden."
                + (chairOfTheDayChosen ? "" : " Der er ikke valgt en mødeleder for mødet; sekretariatet kan registrere "
                + "mødelederen blandt de stemmeberettigede medlemmer, der var til stede.");
    }
}
