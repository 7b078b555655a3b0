package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * The members must have had the agenda before the meeting can open; the minutes then show the agenda as it
 * was sent out. For a meeting called at short notice, send out the agenda first: it is one step.
 */
record MeetingOpensOnlyWithPublishedAgenda(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status == MeetingStatus.SCHEDULED;
    }

    @Override
    public String message() {
        return "Dagsordenen er ikke udsendt. Udsend dagsordenen, før mødet åbnes.";
    }
}
