package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** A cancelled (aflyst) meeting is over before it began: nothing more is recorded on it. */
record CancelledMeetingTakesNoRecording(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status == MeetingStatus.CANCELLED;
    }

    @Override
    public String message() {
        return "Mødet er aflyst, og der kan ikke længere registreres noget på det. Planlæg et nyt møde i stedet.";
    }
}
