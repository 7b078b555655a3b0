package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** Minutes are read by people: a title, a decision, a reason left blank tells them nothing. */
record TextIsRequired(String text, String whatIsMissing) implements DomainRule {

    @Override
    public boolean isBroken() {
        return text == null || text.isBlank();
    }

    @Override
    public String field() {
        return "text";
    }

    @Override
    public String message() {
        return whatIsMissing + " skal udfyldes.";
    }
}
