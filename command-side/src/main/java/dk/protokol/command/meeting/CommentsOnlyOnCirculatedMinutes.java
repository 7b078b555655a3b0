package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** Comments are given on minutes sent out for comment, until they are approved. */
record CommentsOnlyOnCirculatedMinutes(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status != MeetingStatus.MINUTES_CIRCULATED;
    }

    @Override
    public String message() {
        return status == MeetingStatus.MINUTES_APPROVED
                ? "Referatet er godkendt, så der kan ikke længere gives bemærkninger. Kontakt sekretariatet, hvis "
                + "referatet skal rettes."
                : "Referatet er ikke sendt ud til kommentering endnu, så der kan ikke gives bemærkninger til det.";
    }
}
