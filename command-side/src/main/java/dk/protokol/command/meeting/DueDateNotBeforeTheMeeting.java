package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

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
        return "Fristen (" + Words.DANISH.date(dueDate) + ") ligger før mødet (" + Words.DANISH.date(meetingDate)
                + "). Vælg en frist på eller efter mødedagen.";
    }
}
