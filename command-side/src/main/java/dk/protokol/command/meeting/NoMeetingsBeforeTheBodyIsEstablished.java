package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** A body meets from the day it is established. */
record NoMeetingsBeforeTheBodyIsEstablished(LocalDate establishedOn, LocalDate meetingDate) implements DomainRule {

    @Override
    public boolean isBroken() {
        return establishedOn != null && meetingDate.isBefore(establishedOn);
    }

    @Override
    public String field() {
        return "start";
    }

    @Override
    public String message() {
        return "Organet er først oprettet den " + Words.DANISH.date(establishedOn) + " og kan ikke holde møder før.";
    }
}
