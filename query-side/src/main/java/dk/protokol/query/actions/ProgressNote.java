package dk.protokol.query.actions;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.common.Stamp;

import java.util.Objects;

/** Progress reported on an action; {@code meetingId} the meeting it was reported in, or null. */
public record ProgressNote(String note, MeetingId meetingId, Stamp recorded) {

    public ProgressNote {
        Objects.requireNonNull(recorded, "recorded");
    }
}
