package dk.protokol.query.minutes;

import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;

/** The Danish words the minutes use for the published language's enums. */
public final class DanishLabels {

    private DanishLabels() {
    }

    public static String kind(AgendaItemKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case INFORMATION -> "til orientering";
            case DISCUSSION -> "til drøftelse";
            case DECISION -> "til beslutning";
        };
    }

    public static String outcome(DecisionOutcome outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case ADOPTED -> "vedtaget";
            case REJECTED -> "forkastet";
            case POSTPONED -> "udsat";
            case NOTED -> "taget til efterretning";
        };
    }

    public static String status(MeetingStatus status) {
        return status == null ? null : status.label();
    }
}
