package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * The notes (referat) say what was said at the meeting, so they are written from the moment it opens until
 * the minutes are approved (comments on the circulated minutes are worked in). Background text written
 * before the meeting belongs in the item's description.
 */
record NotesOnlyOnceTheMeetingHasOpened(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status.isBefore(MeetingStatus.OPEN);
    }

    @Override
    public String message() {
        return "Mødet er ikke åbnet endnu. Referatet skrives fra mødets start; baggrund til punktet skrives i "
                + "punktets beskrivelse.";
    }
}
