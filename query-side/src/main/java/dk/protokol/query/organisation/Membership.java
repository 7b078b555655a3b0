package dk.protokol.query.organisation;

import dk.protokol.events.ids.PersonId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One period a person sat in a body, {@code from} to {@code to} inclusive ({@code to} null while it
 * lasts), with the roles held in it. A person appointed again after leaving gets a second membership.
 */
public record Membership(PersonId personId, String representing, LocalDate from, LocalDate to,
                         List<RolePeriod> roles) {

    static final Comparator<Membership> ORDER = Comparator
            .comparing((Membership m) -> m.personId().toString())
            .thenComparing(Membership::from);

    public Membership {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(from, "from");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
