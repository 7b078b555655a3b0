package dk.protokol.command.body;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

/**
 * What the command side knows of a body outside its own aggregate: that it exists, since when, the first
 * day it no longer exists ({@code dissolvedOn}, null while it exists) and its quorum (beslutningsdygtighed:
 * the fewest voting members present for a decision; null when the body has none).
 */
public record KnownBody(BodyId id, LocalDate establishedOn, LocalDate dissolvedOn, Integer quorum) {

    public KnownBody(BodyId id, LocalDate establishedOn, LocalDate dissolvedOn) {
        this(id, establishedOn, dissolvedOn, null);
    }
}
