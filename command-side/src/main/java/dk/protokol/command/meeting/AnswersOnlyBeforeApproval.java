package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** Comments are answered while the minutes are out for comment; approved minutes change only by a correction. */
record AnswersOnlyBeforeApproval(MeetingStatus status) implements DomainRule {

    @Override
    public boolean isBroken() {
        return status == MeetingStatus.MINUTES_APPROVED;
    }

    @Override
    public String message() {
        return "Referatet er godkendt, så bemærkningen kan ikke længere besvares her. Registrér en rettelse til "
                + "det godkendte referat i stedet.";
    }
}
