package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * Decisions are taken at the meeting. The secretary may still enter one after the meeting closed (a late
 * entry, marked as such) until the minutes are sent out; after that the members have read what was decided.
 */
record DecisionsOnlyWhileOpenOrBeforeCirculation(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status != MeetingStatus.OPEN && status != MeetingStatus.CLOSED;
    }

    @Override
    public String message() {
        if (status.isBefore(MeetingStatus.OPEN)) {
            return "Mødet er ikke åbnet endnu. Beslutninger registreres, når mødet er i gang "
                    + "(eller efterfølgende, indtil referatet er sendt ud).";
        }
        return "Referatet er sendt ud, så der kan ikke længere tilføjes beslutninger. "
                + "Tilføj en bemærkning i referatet, eller sæt sagen på et senere møde.";
    }

    boolean isLateEntry() {
        return status == MeetingStatus.CLOSED;
    }
}
