package dk.protokol.command.meeting;

import dk.protokol.command.common.Danish;
import dk.protokol.command.common.DomainRule;

import java.time.LocalDate;

/** An action agreed at a meeting cannot be due before the meeting took place. */
record DueDateNotBeforeTheMeeting(LocalDate dueDate, LocalDate meetingDate) implements DomainRule {

    @Override
    public boolean isBroken() {
        return dueDate.isBefore(meetingDate);
    }

    @Override
    public String field() {
        return "dueDate";
    }

    @Override
    public String message() {
        return "Fristen (" + Danish.date(dueDate) + ") ligger før mødet (" + Danish.date(meetingDate)
                + "). Vælg en frist på eller efter mødedagen.";
    }
}
