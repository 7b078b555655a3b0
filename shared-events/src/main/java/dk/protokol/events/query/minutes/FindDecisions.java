package dk.protokol.events.query.minutes;

import dk.protokol.events.ids.BodyId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The decision register: decisions whose text or item title has every word of {@code q} (all when
 * blank), of a body (all when null), at meetings held from {@code from} to {@code to} (dates, inclusive), as the
 * register stood at {@code asOf} (now when null).
 */
public record FindDecisions(String q, BodyId bodyId, LocalDate from, LocalDate to, Instant asOf) {

    /** The register as it stands now. */
    public FindDecisions(String q, BodyId bodyId, LocalDate from, LocalDate to) {
        this(q, bodyId, from, to, null);
    }
}
