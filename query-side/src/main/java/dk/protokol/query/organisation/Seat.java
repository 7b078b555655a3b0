package dk.protokol.query.organisation;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;

/**
 * A person's place in a body on one date: the role they held that day, since when, and the
 * membership it belongs to ({@code memberTo} null while open).
 */
public record Seat(PersonId personId, MemberRole role, String representing, LocalDate roleFrom,
                   LocalDate memberFrom, LocalDate memberTo) {
}
