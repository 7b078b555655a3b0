package dk.protokol.events.query.minutes;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

/** Meetings of a body (all when null) starting on a date from {@code from} to {@code to}, both inclusive. */
public record FindMeetings(BodyId bodyId, LocalDate from, LocalDate to) {
}
