package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** A meeting is moved before it takes place; once it has opened, its time and place are history. */
record RescheduleOnlyBeforeTheMeetingOpens(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status.hasOpened();
    }

    @Override
    public String message() {
        return "Mødet er allerede holdt eller i gang og kan ikke flyttes.";
    }
}
