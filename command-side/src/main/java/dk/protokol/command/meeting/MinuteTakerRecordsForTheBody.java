package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * The minute-taker (referent) is someone who records for the body on the meeting's day: its secretary, or a person
 * who sits in a body that serves it (the secretariat).
 */
record MinuteTakerRecordsForTheBody(boolean secretary, boolean inAServingBody, LocalDate meetingDate)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return !secretary && !inAServingBody;
    }

    @Override
    public String field() {
        return "personId";
    }

    @Override
    public String message() {
        return "Referenten skal være organets sekretær eller sidde i et organ, der betjener det (sekretariatet), den "
                + Words.DANISH.date(meetingDate) + ".";
    }
}
