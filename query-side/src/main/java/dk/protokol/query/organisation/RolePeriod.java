package dk.protokol.query.organisation;

import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;
import java.util.Objects;

/** A member held {@code role} from {@code from} to {@code to}, both inclusive; {@code to} null while it lasts. */
public record RolePeriod(MemberRole role, LocalDate from, LocalDate to) {

    public RolePeriod {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
