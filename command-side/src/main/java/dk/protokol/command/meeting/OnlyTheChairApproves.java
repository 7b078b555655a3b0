package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * The body's chair (formand) approves its minutes when the chair was at the meeting: the approver must then chair
 * the body on the day of approval. When the chair was not present, or the body has no chair, see
 * {@link InTheChairsAbsenceTheChairOfTheDayOrViceChairApproves}.
 */
record OnlyTheChairApproves(MemberRole approversRole, boolean chairWasPresent, LocalDate approvedOn)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return chairWasPresent && approversRole != MemberRole.CHAIR;
    }

    @Override
    public String message() {
        String role = approversRole == null
                ? "ikke medlem af organet"
                : Words.DANISH.label(approversRole) + " i organet";
        return "Kun organets formand kan godkende referatet. Den, der godkender, er " + role + " den "
                + Words.DANISH.date(approvedOn) + ".";
    }
}
