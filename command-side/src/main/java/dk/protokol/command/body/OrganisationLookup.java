package dk.protokol.command.body;

import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command side's own view of the organisation, for rules that reach beyond one aggregate (does the
 * person exist, is the target body dissolved, would a REPORTS_TO close a cycle, who sits in a body on a
 * meeting's date). Never the query side's read model: it is kept in the same transaction as the events
 * ({@link OrgLookupUpdater}), so it is never behind. Command handlers receive it as a parameter; fixture tests
 * register an in-memory one.
 */
public interface OrganisationLookup {

    Optional<KnownBody> body(BodyId id);

    boolean personExists(PersonId id);

    /** Whether the person was erased (PersonErased): their data is gone, they take no new seat or attendance. */
    default boolean personErased(PersonId id) {
        return false;
    }

    /** The bodies {@code body} reports to directly (REPORTS_TO targets). */
    Set<BodyId> reportsTo(BodyId body);

    /**
     * The body's quorum (beslutningsdygtighed) on that day: the fewest voting members present for a decision, as
     * given at the establishment or changed from a day on or before it (a change from the same day as an earlier
     * one replaced it). Empty when the body has no quorum that day, or the day is before its establishment. The
     * dissolution is not looked at ({@link KnownBody#dissolvedOn()}).
     * <p>
     * A lookup that keeps no dated history (a test's stand-in) answers the quorum it knows, from the establishment.
     */
    default Optional<Integer> quorumOn(BodyId body, LocalDate day) {
        return body(body).filter(known -> known.establishedOn() == null || !day.isBefore(known.establishedOn()))
                .map(KnownBody::quorum);
    }

    /**
     * The bodies the person sits in on the day (any role), and the bodies those serve (SERVES): what the person reads
     * beyond the organisation itself. Lookups without memberships know none.
     */
    default Set<BodyId> bodiesReadBy(PersonId person, LocalDate on) {
        return Set.of();
    }

    /** The bodies that serve {@code body} (sources of a SERVES relation to it: its secretariat). */
    default Set<BodyId> servedBy(BodyId body) {
        return Set.of();
    }

    /**
     * Everyone who sits in the body on that day, with the role they hold that day (a role runs from its
     * appointment or change to the day before the next change, or to the last day of the membership).
     */
    Map<PersonId, MemberRole> membersOn(BodyId body, LocalDate on);

    /** The person's role in the body on that day; empty when they do not sit there that day. */
    default Optional<MemberRole> roleOn(BodyId body, PersonId person, LocalDate on) {
        return Optional.ofNullable(membersOn(body, on).get(person));
    }

    /**
     * How the body approves its minutes (objection period, tacit approval) as last set; {@link ObjectionPolicy#DEFAULT}
     * until it is set, and in lookups that keep no settings (a test's stand-in).
     */
    default ObjectionPolicy objectionPolicy(BodyId body) {
        return ObjectionPolicy.DEFAULT;
    }

    /** @param field the command field that named the body, for the 404 */
    default KnownBody existingBody(BodyId id, String field) {
        return body(id).orElseThrow(() -> new UnknownReference(field, "Organet findes ikke: " + id));
    }

    /** @param field the command field that named the person, for the 404 */
    default void requirePerson(PersonId id, String field) {
        if (!personExists(id)) {
            throw new UnknownReference(field, "Personen findes ikke: " + id);
        }
    }
}
