package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * The agenda may change until the meeting ends: items sent out late (eftersendte punkter) and items added or
 * taken off at the meeting itself are normal. Once the meeting is closed, the agenda is what was dealt with.
 */
record NoAgendaChangeAfterClose(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return !status.isBefore(MeetingStatus.CLOSED) && status != MeetingStatus.CANCELLED;
    }

    @Override
    public String message() {
        return "Mødet er afsluttet, så dagsordenen kan ikke længere ændres. Punkter til opfølgning sættes på "
                + "dagsordenen til et senere møde.";
    }
}
