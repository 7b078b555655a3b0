package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

import java.time.LocalDateTime;

/** A meeting's expected end (forventet sluttidspunkt) lies after its start. */
record ExpectedEndAfterStart(LocalDateTime start, LocalDateTime expectedEnd) implements DomainRule {

    @Override
    public boolean isBroken() {
        return !expectedEnd.isAfter(start);
    }

    @Override
    public String field() {
        return "expectedEnd";
    }

    @Override
    public String message() {
        return "Det forventede sluttidspunkt skal ligge efter mødets start.";
    }
}
