package dk.protokol.events.query.minutes;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;
import java.util.Set;

/**
 * Meetings of a body (all when null) starting on a date from {@code from} to {@code to}, both inclusive; with
 * {@code statuses} (issue 15) only meetings in one of them (the names of the read side's meeting statuses, e.g.
 * {@code MINUTES_CIRCULATED}), so that a page listing the meetings still in progress does not read a body's whole
 * history. Null: every status.
 */
public record FindMeetings(BodyId bodyId, LocalDate from, LocalDate to, Set<String> statuses) {

    public FindMeetings {
        statuses = statuses == null ? null : Set.copyOf(statuses);
    }

    public FindMeetings(BodyId bodyId, LocalDate from, LocalDate to) {
        this(bodyId, from, to, null);
    }
}
