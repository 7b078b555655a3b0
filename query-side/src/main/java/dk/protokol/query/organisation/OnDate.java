package dk.protokol.query.organisation;

import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Business time: the organisation as it stood on a date. Pure functions of a {@link BodyView}; the
 * same for the live view and an as-of replay. All periods are inclusive at both ends except a body's
 * dissolution, whose date is the first day it no longer exists.
 */
public final class OnDate {

    /** Chairs first, as the minutes list them; then the order of {@link MemberRole}. */
    private static final Comparator<Seat> BY_ROLE = Comparator
            .comparing(Seat::role)
            .thenComparing(seat -> seat.personId().toString());

    private OnDate() {
    }

    public static boolean exists(BodyView body, LocalDate date) {
        boolean established = body.establishedOn() == null || !date.isBefore(body.establishedOn());
        boolean dissolved = body.dissolvedOn() != null && !date.isBefore(body.dissolvedOn());
        return established && !dissolved;
    }

    /** Who sat in the body that day and in which role; nobody sits in a body that does not exist. */
    public static List<Seat> seats(BodyView body, LocalDate date) {
        if (!exists(body, date)) {
            return List.of();
        }
        return body.memberships().stream()
                .filter(m -> m.covers(date))
                .flatMap(m -> m.roles().stream()
                        .filter(period -> period.covers(date))
                        .findFirst()
                        .map(period -> new Seat(m.personId(), period.role(), m.representing(), period.from(),
                                m.from(), m.to()))
                        .stream())
                .sorted(BY_ROLE)
                .toList();
    }

    /** The chair that day, if the body had one. */
    public static Optional<Seat> chair(BodyView body, LocalDate date) {
        return seats(body, date).stream()
                .filter(seat -> seat.role() == MemberRole.CHAIR)
                .findFirst();
    }

    /** The body's name that day (its first name before it was established). */
    public static String name(BodyView body, LocalDate date) {
        return DatedValue.on(body.names(), date, body.name());
    }

    public static String mandate(BodyView body, LocalDate date) {
        return DatedValue.on(body.mandates(), date, body.mandate());
    }

    public static Integer meetingsPerYear(BodyView body, LocalDate date) {
        return DatedValue.on(body.cadences(), date, body.meetingsPerYear());
    }

    public static Integer quorum(BodyView body, LocalDate date) {
        return DatedValue.on(body.quorums(), date, body.quorum());
    }

    /** The relations that held that day (of a relation declared again, the period that held then). */
    public static List<BodyRelation> relations(BodyView body, LocalDate date) {
        return body.relations().stream().filter(relation -> relation.holdsOn(date)).toList();
    }
}
