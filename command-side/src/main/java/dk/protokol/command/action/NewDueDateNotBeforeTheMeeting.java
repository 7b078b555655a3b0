package dk.protokol.command.action;

import dk.protokol.command.common.Danish;
import dk.protokol.command.common.DomainRule;

import java.time.LocalDate;

/** As when it was agreed: an action is not due before the day of the meeting that agreed it. */
record NewDueDateNotBeforeTheMeeting(LocalDate dueDate, LocalDate meetingDay) implements DomainRule {

    @Override
    public boolean isBroken() {
        return dueDate.isBefore(meetingDay);
    }

    @Override
    public String message() {
        return "Fristen (" + Danish.date(dueDate) + ") ligger før mødet, hvor handlingen blev aftalt ("
                + Danish.date(meetingDay) + "). Vælg en frist på eller efter mødedagen.";
    }
}
