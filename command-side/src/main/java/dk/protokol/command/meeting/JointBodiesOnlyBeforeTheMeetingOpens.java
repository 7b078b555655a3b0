package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * Which bodies hold a meeting is settled before it opens: attendance, quorum and the registers follow from it, so a
 * body is added to or withdrawn from a fællesmøde only while the meeting is still to be held.
 */
record JointBodiesOnlyBeforeTheMeetingOpens(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status.hasOpened();
    }

    @Override
    public String field() {
        return "bodyId";
    }

    @Override
    public String message() {
        return "Mødet er allerede holdt eller i gang; hvilke organer der holder det, kan kun ændres, før mødet åbnes.";
    }
}
