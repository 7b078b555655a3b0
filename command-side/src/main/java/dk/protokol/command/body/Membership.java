package dk.protokol.command.body;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One period a person sits in a body: from {@code from} to {@code to} (inclusive; null while it runs) with
 * the roles held in order. A person may sit again after an earlier membership ended; the events name the
 * person only, so role changes and endings always concern the person's latest membership.
 */
record Membership(PersonId personId, LocalDate from, LocalDate to, List<AssignedRole> roles) {

    Membership {
        roles = List.copyOf(roles);
    }

    static Membership appointed(PersonId personId, MemberRole role, LocalDate from) {
        return new Membership(personId, from, null, List.of(new AssignedRole(role, from)));
    }

    Membership withRole(MemberRole role, LocalDate roleFrom) {
        List<AssignedRole> changed = new ArrayList<>(roles);
        changed.add(new AssignedRole(role, roleFrom));
        return new Membership(personId, from, to, changed);
    }

    Membership endingOn(LocalDate lastDay) {
        return new Membership(personId, from, lastDay, roles);
    }

    boolean ended() {
        return to != null;
    }

    DatePeriod period() {
        return new DatePeriod(from, to);
    }

    AssignedRole latestRole() {
        return roles.get(roles.size() - 1);
    }

    /** The periods in which the member held {@code role}: each runs to the day before the next change. */
    List<DatePeriod> periodsAs(MemberRole role) {
        List<DatePeriod> periods = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).role() == role) {
                LocalDate until = i + 1 < roles.size() ? roles.get(i + 1).from().minusDays(1) : to;
                periods.add(new DatePeriod(roles.get(i).from(), until));
            }
        }
        return periods;
    }
}
