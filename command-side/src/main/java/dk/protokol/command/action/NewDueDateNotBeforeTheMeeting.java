package dk.protokol.command.action;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** As when it was agreed: an action is not due before the day of the meeting that agreed it. */
record NewDueDateNotBeforeTheMeeting(LocalDate dueDate, LocalDate meetingDay) implements DomainRule {

    @Override
    public boolean isBroken() {
        return dueDate.isBefore(meetingDay);
    }

    @Override
    public String message() {
        return "Fristen (" + Words.DANISH.date(dueDate) + ") ligger før mødet, hvor handlingen blev aftalt ("
                + Words.DANISH.date(meetingDay) + "). Vælg en frist på eller efter mødedagen.";
    }
}
