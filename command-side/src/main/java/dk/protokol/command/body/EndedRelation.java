package dk.protokol.command.body;

import java.time.LocalDate;

/** A relation that no longer holds from {@code on}. */
record EndedRelation(DeclaredRelation relation, LocalDate on) {
}
