package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** The body's chair (formand) approves its minutes: the approver must chair the body on the day of approval. */
record OnlyTheChairApproves(MemberRole approversRole, LocalDate approvedOn) implements DomainRule {

    @Override
    public boolean isBroken() {
        return approversRole != MemberRole.CHAIR;
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
