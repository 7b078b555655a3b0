package dk.protokol.query.organisation;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyCadenceChanged;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.BodyMandateChanged;
import dk.protokol.events.organisation.BodyQuorumChanged;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.BodyRelationEnded;
import dk.protokol.events.organisation.BodyRenamed;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.SuccessorBodyNamed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The change a body event makes to the bodies view (DESIGN principle 4): one pure function, used by
 * the live projection and by the as-of replay. It records business dates as given and never judges
 * them against today; {@link OnDate} answers "who sat where on a date" from the result.
 */
public final class BodyFold {

    private BodyFold() {
    }

    /** {@code state} is null before the body's first event. */
    public static BodyView apply(BodyView state, BodyEvent event) {
        if (event instanceof BodyEstablished e) {
            LocalDate from = e.establishedOn();
            return new BodyView(e.bodyId(), e.name(), e.kind(), e.organisation(), e.parentId(), e.mandate(),
                    e.meetingsPerYear(), e.quorum(), from, null, List.of(), List.of(),
                    from == null ? List.of() : List.of(new DatedValue<>(from, e.name())),
                    from == null ? List.of() : List.of(new DatedValue<>(from, e.mandate())),
                    from == null ? List.of() : List.of(new DatedValue<>(from, e.meetingsPerYear())),
                    from == null ? List.of() : List.of(new DatedValue<>(from, e.quorum())), null, null);
        }
        if (state == null) {
            // The aggregate never emits anything before BodyEstablished; nothing to attach it to.
            return null;
        }
        if (event instanceof BodyRelationDeclared e) {
            return declared(state, new BodyRelation(e.relation(), e.targetBodyId(), e.from(), null));
        }
        if (event instanceof MemberAppointed e) {
            Membership appointed = new Membership(e.personId(), e.representing(), e.from(), null,
                    List.of(new RolePeriod(e.role(), e.from(), null)));
            return state.withMemberships(sorted(Stream.concat(state.memberships().stream(), Stream.of(appointed)),
                    Membership.ORDER));
        }
        if (event instanceof MemberRoleChanged e) {
            return replacing(state, membershipAt(state, e.personId(), e.from()),
                    m -> roleChanged(m, e.role(), e.from()));
        }
        if (event instanceof MembershipEnded e) {
            return replacing(state, currentMembership(state, e.personId()), m -> ended(m, e.to()));
        }
        if (event instanceof BodyDissolved e) {
            return state.withDissolvedOn(e.on());
        }
        if (event instanceof BodyRenamed e) {
            return state.withNames(DatedValue.with(state.names(), new DatedValue<>(e.on(), e.name())));
        }
        if (event instanceof BodyMandateChanged e) {
            return state.withMandates(DatedValue.with(state.mandates(), new DatedValue<>(e.on(), e.mandate())));
        }
        if (event instanceof BodyCadenceChanged e) {
            return state.withCadences(DatedValue.with(state.cadences(),
                    new DatedValue<>(e.on(), e.meetingsPerYear())));
        }
        if (event instanceof BodyQuorumChanged e) {
            return state.withQuorums(DatedValue.with(state.quorums(), new DatedValue<>(e.on(), e.quorum())));
        }
        if (event instanceof BodyRelationEnded e) {
            // the period that holds ends; the earlier periods of the same relation keep their ends
            return state.withRelations(sorted(state.relations().stream()
                    .map(relation -> relation.isOpenPeriodOf(e.relation(), e.targetBodyId())
                            ? relation.endingOn(e.on()) : relation), BodyRelation.ORDER));
        }
        if (event instanceof SuccessorBodyNamed e) {
            return state.withSuccessor(e.successorId(), e.on());
        }
        return state;
    }

    /** A new period of the relation, unless one still holds (the aggregate never declares it twice meanwhile). */
    private static BodyView declared(BodyView state, BodyRelation relation) {
        if (state.relations().stream().anyMatch(held -> held.isOpenPeriodOf(relation.relation(),
                relation.targetId()))) {
            return state;
        }
        return state.withRelations(sorted(Stream.concat(state.relations().stream(), Stream.of(relation)),
                BodyRelation.ORDER));
    }

    /** The role periods starting on or after {@code from} give way to the new role. */
    private static Membership roleChanged(Membership m, MemberRole role, LocalDate from) {
        List<RolePeriod> roles = new ArrayList<>();
        for (RolePeriod period : m.roles()) {
            if (period.from().isBefore(from)) {
                roles.add(new RolePeriod(period.role(), period.from(), earliest(period.to(), from.minusDays(1))));
            }
        }
        roles.add(new RolePeriod(role, from, m.to()));
        return new Membership(m.personId(), m.representing(), m.from(), m.to(), roles);
    }

    /** {@code to} is the last day (inclusive); roles that would begin after it never happen. */
    private static Membership ended(Membership m, LocalDate to) {
        List<RolePeriod> roles = m.roles().stream()
                .filter(period -> !period.from().isAfter(to))
                .map(period -> new RolePeriod(period.role(), period.from(), earliest(period.to(), to)))
                .toList();
        return new Membership(m.personId(), m.representing(), m.from(), to, roles);
    }

    private static BodyView replacing(BodyView state, Optional<Membership> target,
                                      UnaryOperator<Membership> change) {
        if (target.isEmpty()) {
            return state;
        }
        Membership old = target.get();
        return state.withMemberships(sorted(state.memberships().stream().map(m -> m == old ? change.apply(m) : m),
                Membership.ORDER));
    }

    /** The person's latest membership that had begun by {@code date}, else their latest at all. */
    private static Optional<Membership> membershipAt(BodyView state, PersonId person, LocalDate date) {
        List<Membership> own = membershipsOf(state, person);
        return own.stream().filter(m -> !m.from().isAfter(date)).reduce((first, second) -> second)
                .or(() -> own.stream().reduce((first, second) -> second));
    }

    /** The person's open membership, else their latest (an end may be moved). */
    private static Optional<Membership> currentMembership(BodyView state, PersonId person) {
        List<Membership> own = membershipsOf(state, person);
        return own.stream().filter(m -> m.to() == null).reduce((first, second) -> second)
                .or(() -> own.stream().reduce((first, second) -> second));
    }

    private static List<Membership> membershipsOf(BodyView state, PersonId person) {
        // memberships are sorted by person, then from: a person's own are in date order
        return state.memberships().stream().filter(m -> m.personId().equals(person)).toList();
    }

    private static LocalDate earliest(LocalDate open, LocalDate limit) {
        return open == null || limit.isBefore(open) ? limit : open;
    }

    private static <T> List<T> sorted(Stream<T> items, Comparator<T> order) {
        return items.sorted(order).toList();
    }
}
