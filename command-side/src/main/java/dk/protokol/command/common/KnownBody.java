package dk.protokol.command.common;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

/**
 * What the command side knows of a body outside its own aggregate: that it exists, since when, and the first
 * day it no longer exists ({@code dissolvedOn}, null while it exists).
 */
public record KnownBody(BodyId id, LocalDate establishedOn, LocalDate dissolvedOn) {
}
