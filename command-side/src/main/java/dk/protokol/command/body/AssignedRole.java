package dk.protokol.command.body;

import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;

/** A role a member holds from {@code from} until the next role change or the end of the membership. */
record AssignedRole(MemberRole role, LocalDate from) {
}
