package dk.protokol.events.query.statistics;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

/** A body's figures for {@code [from, to]}; defaults: {@code to} today, {@code from} one year before it. */
public record FindStatistics(BodyId bodyId, LocalDate from, LocalDate to) {
}
