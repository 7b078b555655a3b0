package dk.protokol.command.body;

import dk.protokol.events.command.body.AppointMember;
import dk.protokol.events.command.body.ChangeMemberRole;
import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.command.body.DissolveBody;
import dk.protokol.events.command.body.EndMembership;
import dk.protokol.events.command.body.EstablishBody;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.RelationKind;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static dk.protokol.command.common.DomainRule.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A body (organ, udvalg, gruppe): its relations to other bodies, its members and their roles over time, and
 * its dissolution. Rules that look beyond this body (does the person or the other body exist, would a
 * REPORTS_TO close a cycle) ask the command side's {@link OrganisationLookup}, passed in by Axon.
 */
@Aggregate(snapshotTriggerDefinition = "protokolSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // snapshots are written by Jackson; no getters
class Body {

    @AggregateIdentifier
    private BodyId bodyId;
    private LocalDate establishedOn;
    /** First day the body no longer exists; null while it exists. */
    private LocalDate dissolvedOn;
    private List<DeclaredRelation> relations = new ArrayList<>();
    /** In the order of appointment; one person's memberships never overlap, so they are also in date order. */
    private List<Membership> memberships = new ArrayList<>();

    Body() {
        // for Axon and for snapshots
    }

    @CommandHandler
    Body(EstablishBody command, OrganisationLookup organisation) {
        if (command.parentId() != null) {
            KnownBody parent = organisation.existingBody(command.parentId(), "parentId");
            check(new NoBodiesUnderDissolvedParent(parent.dissolvedOn()));
        }
        apply(new BodyEstablished(command.bodyId(), command.name().strip(), command.kind(),
                command.organisation().strip(), command.parentId(), blankToNull(command.mandate()),
                command.meetingsPerYear(), command.quorum(), command.establishedOn()));
    }

    @CommandHandler
    void handle(DeclareBodyRelation command, OrganisationLookup organisation) {
        check(new RelationToItselfNotAllowed(bodyId, command.targetBodyId()));
        KnownBody target = organisation.existingBody(command.targetBodyId(), "targetBodyId");
        check(new NoRelationsWithDissolvedBody(dissolvedOn, target.dissolvedOn()));
        DeclaredRelation relation = new DeclaredRelation(command.targetBodyId(), command.relation());
        check(new RelationAlreadyDeclared(relations, relation));
        if (command.relation() == RelationKind.REPORTS_TO) {
            check(new NoReportsToCycle(bodyId, command.targetBodyId(), organisation::reportsTo));
        }
        apply(new BodyRelationDeclared(bodyId, command.targetBodyId(), command.relation()));
    }

    @CommandHandler
    void handle(AppointMember command, OrganisationLookup organisation) {
        check(new NoAppointmentsToDissolvedBody(dissolvedOn));
        check(new MembershipNotBeforeEstablishment(establishedOn, command.from()));
        organisation.requirePerson(command.personId(), "personId");
        check(new PersonIsAlreadyMember(membershipsOf(command.personId()), command.from()));
        if (command.role() == MemberRole.CHAIR) {
            check(new AtMostOneChairOnAnyDate(chairPeriodsOfOthersThan(command.personId()),
                    new DatePeriod(command.from(), null)));
        }
        apply(new MemberAppointed(bodyId, command.personId(), command.role(), blankToNull(command.representing()),
                command.from()));
    }

    @CommandHandler
    void handle(ChangeMemberRole command) {
        check(new NoRoleChangesInDissolvedBody(dissolvedOn));
        Membership membership = latestMembershipOf(command.personId()).orElse(null);
        check(new RoleChangeRequiresMembership(membership, command.from()));
        AssignedRole current = membership.latestRole();
        check(new RoleChangeMustFollowPreviousChange(current.from(), command.from()));
        check(new NewRoleMustDiffer(current.role(), command.role()));
        if (command.role() == MemberRole.CHAIR) {
            check(new AtMostOneChairOnAnyDate(chairPeriodsOfOthersThan(command.personId()),
                    new DatePeriod(command.from(), membership.to())));
        }
        apply(new MemberRoleChanged(bodyId, command.personId(), command.role(), command.from()));
    }

    @CommandHandler
    void handle(EndMembership command) {
        Membership membership = latestMembershipOf(command.personId()).orElse(null);
        check(new EndingRequiresMembership(membership));
        check(new MembershipEndsOnlyOnce(membership));
        check(new MembershipMustNotEndBeforeItStarts(membership.from(), command.to()));
        check(new MembershipMustNotEndBeforeLatestRoleChange(membership.latestRole().from(), command.to()));
        apply(new MembershipEnded(bodyId, command.personId(), command.to(), blankToNull(command.reason())));
    }

    @CommandHandler
    void handle(DissolveBody command) {
        check(new BodyIsDissolvedOnlyOnce(dissolvedOn));
        check(new DissolutionMustNotPrecedeEstablishment(establishedOn, command.on()));
        apply(new BodyDissolved(bodyId, command.on(), blankToNull(command.reason())));
    }

    @EventSourcingHandler
    void on(BodyEstablished event) {
        bodyId = event.bodyId();
        establishedOn = event.establishedOn();
    }

    @EventSourcingHandler
    void on(BodyRelationDeclared event) {
        relations.add(new DeclaredRelation(event.targetBodyId(), event.relation()));
    }

    @EventSourcingHandler
    void on(MemberAppointed event) {
        memberships.add(Membership.appointed(event.personId(), event.role(), event.from()));
    }

    @EventSourcingHandler
    void on(MemberRoleChanged event) {
        replaceLatestMembershipOf(event.personId(), membership -> membership.withRole(event.role(), event.from()));
    }

    @EventSourcingHandler
    void on(MembershipEnded event) {
        replaceLatestMembershipOf(event.personId(), membership -> membership.endingOn(event.to()));
    }

    @EventSourcingHandler
    void on(BodyDissolved event) {
        dissolvedOn = event.on();
    }

    private List<Membership> membershipsOf(PersonId personId) {
        return memberships.stream().filter(m -> m.personId().equals(personId)).toList();
    }

    private Optional<Membership> latestMembershipOf(PersonId personId) {
        List<Membership> ofPerson = membershipsOf(personId);
        return ofPerson.isEmpty() ? Optional.empty() : Optional.of(ofPerson.get(ofPerson.size() - 1));
    }

    private List<DatePeriod> chairPeriodsOfOthersThan(PersonId personId) {
        return memberships.stream()
                .filter(m -> !m.personId().equals(personId))
                .flatMap(m -> m.periodsAs(MemberRole.CHAIR).stream())
                .toList();
    }

    private void replaceLatestMembershipOf(PersonId personId, UnaryOperator<Membership> change) {
        for (int i = memberships.size() - 1; i >= 0; i--) {
            if (memberships.get(i).personId().equals(personId)) {
                memberships.set(i, change.apply(memberships.get(i)));
                return;
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
