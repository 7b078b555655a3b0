package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * A dissolved (nedlagt) body changes nothing from its dissolution on: on those days it no longer exists. A change
 * that took effect before the dissolution may still be recorded. A null date means the body is not dissolved.
 */
record NoChangeAfterDissolution(LocalDate dissolvedOn, LocalDate on) implements DomainRule {

    @Override
    public boolean isBroken() {
        return dissolvedOn != null && !on.isBefore(dissolvedOn);
    }

    @Override
    public String message() {
        return "Organet er nedlagt pr. " + Words.DANISH.date(dissolvedOn) + ". En ændring kan kun gælde fra en dag"
                + " før det.";
    }

    @Override
    public String field() {
        return "on";
    }
}
