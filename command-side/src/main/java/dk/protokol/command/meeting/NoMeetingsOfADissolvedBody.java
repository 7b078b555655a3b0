package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/** A dissolved (nedlagt) body holds no meetings from the day it no longer exists. */
record NoMeetingsOfADissolvedBody(LocalDate dissolvedOn, LocalDate meetingDate) implements DomainRule {

    @Override
    public boolean isBroken() {
        return dissolvedOn != null && !meetingDate.isBefore(dissolvedOn);
    }

    @Override
    public String field() {
        return "bodyId";
    }

    @Override
    public String message() {
        return "Organet er nedlagt pr. " + Words.DANISH.date(dissolvedOn) + " og kan ikke holde møder den "
                + Words.DANISH.date(meetingDate) + ".";
    }
}
