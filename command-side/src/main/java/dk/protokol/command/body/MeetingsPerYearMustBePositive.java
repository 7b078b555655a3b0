package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;

/** A body that meets "as needed" has no number at all, rather than zero meetings a year. */
record MeetingsPerYearMustBePositive(Integer meetingsPerYear) implements DomainRule {

    @Override
    public boolean isBroken() {
        return meetingsPerYear != null && meetingsPerYear < 1;
    }

    @Override
    public String message() {
        return "Antal møder om året skal være mindst 1. Mødes organet efter behov, udelades antallet.";
    }
}
