package dk.protokol.command.body;

import java.time.LocalDate;

/** A relation that holds from {@code from} (null: from the body's establishment) until it ends. */
record HeldRelation(DeclaredRelation relation, LocalDate from) {
}
