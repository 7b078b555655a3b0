package dk.protokol.command.action;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.BodyId;

/**
 * Progress reported at a meeting is followed up by the body that agreed the action (under the standing item of
 * its next meetings); a meeting of another body does not follow it up.
 */
record ProgressAtAMeetingOfTheActionsBody(BodyId actionsBody, BodyId meetingsBody) implements DomainRule {

    @Override
    public boolean isBroken() {
        return !actionsBody.equals(meetingsBody);
    }

    @Override
    public String message() {
        return "Mødet hører til et andet organ end det, der aftalte handlingen. Status kan kun knyttes til et møde "
                + "i det organ, der følger op på handlingen.";
    }
}
