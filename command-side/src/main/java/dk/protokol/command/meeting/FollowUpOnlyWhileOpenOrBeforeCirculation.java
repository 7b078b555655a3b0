package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * Actions (opfølgning) and referrals to another body are agreed at the meeting; like decisions they may be
 * entered after it closed, until the minutes are sent out.
 */
record FollowUpOnlyWhileOpenOrBeforeCirculation(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status != MeetingStatus.OPEN && status != MeetingStatus.CLOSED;
    }

    @Override
    public String message() {
        if (status.isBefore(MeetingStatus.OPEN)) {
            return "Mødet er ikke åbnet endnu. Opfølgning og henvisninger aftales på mødet.";
        }
        return "Referatet er sendt ud, så der kan ikke længere tilføjes opfølgning eller henvisninger. "
                + "Aftal dem på et senere møde.";
    }
}
