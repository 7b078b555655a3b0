package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * A body meets from the day it is established. {@code field}: the start of the meeting, or the body added to a
 * fællesmøde.
 */
record NoMeetingsBeforeTheBodyIsEstablished(LocalDate establishedOn, LocalDate meetingDate, String field)
        implements DomainRule {

    NoMeetingsBeforeTheBodyIsEstablished(LocalDate establishedOn, LocalDate meetingDate) {
        this(establishedOn, meetingDate, "start");
    }

    @Override
    public boolean isBroken() {
        return establishedOn != null && meetingDate.isBefore(establishedOn);
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String message() {
        return "Organet er først oprettet den " + Words.DANISH.date(establishedOn) + " og kan ikke holde møder før.";
    }
}
