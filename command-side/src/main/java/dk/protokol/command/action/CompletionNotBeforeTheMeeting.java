package dk.protokol.command.action;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** An action is done after it was agreed: not before the day of the meeting that agreed it. */
record CompletionNotBeforeTheMeeting(LocalDate completedOn, LocalDate meetingDay) implements DomainRule {

    @Override
    public boolean isBroken() {
        return completedOn.isBefore(meetingDay);
    }

    @Override
    public String message() {
        return "Handlingen blev aftalt på mødet den " + Words.DANISH.date(meetingDay) + " og kan ikke være udført før ("
                + Words.DANISH.date(completedOn) + ").";
    }
}
