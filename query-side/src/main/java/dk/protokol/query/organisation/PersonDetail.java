package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person ({@code FindPerson}): their details as registered or last changed, and the seats they held in bodies
 * on {@code on}, bodies in Danish order of their names that day. Personal data: only the administrator's pages ask.
 * {@code erased}: the person's data was erased; {@code office}: the office an official acts in (not erased).
 */
public record PersonDetail(PersonId id, String name, String email, String phone, String organisation,
                           LocalDate on, List<BodySeat> seats, boolean erased, String office, String language) {

    public PersonDetail {
        Objects.requireNonNull(id, "id");
        seats = seats == null ? List.of() : List.copyOf(seats);
        language = language == null ? "da" : language;
    }

    /** Mail in Danish (the shape before {@code language}). */
    public PersonDetail(PersonId id, String name, String email, String phone, String organisation,
                        LocalDate on, List<BodySeat> seats, boolean erased, String office) {
        this(id, name, email, phone, organisation, on, seats, erased, office, null);
    }

    /** A private person, not erased. */
    public PersonDetail(PersonId id, String name, String email, String phone, String organisation, LocalDate on,
                        List<BodySeat> seats) {
        this(id, name, email, phone, organisation, on, seats, false, null);
    }

    /** A seat that day: the body (named as it was that day), the role held (since {@code roleFrom}), the membership. */
    public record BodySeat(BodyId bodyId, String bodyName, MemberRole role, String representing, LocalDate roleFrom,
                           LocalDate from, LocalDate to) {
    }
}
