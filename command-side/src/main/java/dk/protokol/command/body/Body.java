package dk.protokol.command.body;

import dk.protokol.events.command.body.AppointMember;
import dk.protokol.events.command.body.OpenApprovedMinutes;
import dk.protokol.events.command.body.PublishMinutes;
import dk.protokol.events.command.body.SetObjectionPeriod;
import dk.protokol.events.command.body.ChangeBodyCadence;
import dk.protokol.events.command.body.ChangeBodyMandate;
import dk.protokol.events.command.body.ChangeBodyQuorum;
import dk.protokol.events.command.body.ChangeMemberRole;
import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.command.body.DissolveBody;
import dk.protokol.events.command.body.EndBodyRelation;
import dk.protokol.events.command.body.EndMembership;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.events.command.body.NameSuccessorBody;
import dk.protokol.events.command.body.RenameBody;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.ApprovedMinutesOpened;
import dk.protokol.events.organisation.MinutesPublicationChanged;
import dk.protokol.events.organisation.ObjectionPeriodChanged;
import dk.protokol.events.organisation.BodyCadenceChanged;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyMandateChanged;
import dk.protokol.events.organisation.BodyQuorumChanged;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.BodyRelationEnded;
import dk.protokol.events.organisation.BodyRenamed;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.organisation.SuccessorBodyNamed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static dk.protokol.command.common.DomainRule.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A body (organ, udvalg, gruppe): its relations to other bodies, its members and their roles over time, and
 * its name, mandate, cadence and quorum over time, its dissolution and successor. Rules that look beyond this body (does the person or the other body exist, would a
 * REPORTS_TO close a cycle) ask the command side's {@link OrganisationLookup}, passed in by Axon.
 */
@Aggregate(snapshotTriggerDefinition = "protokolSnapshotTrigger")
@Revision("4") // 2: dated name, mandate, cadence, quorum, ended relations, successor; 3: relations held from a day;
// 4: the objection period and publication settings
// (a relation may hold again after its end); older snapshots are skipped
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // snapshots are written by Jackson; no getters
class Body {

    @AggregateIdentifier
    private BodyId bodyId;
    private LocalDate establishedOn;
    /** First day the body no longer exists; null while it exists. */
    private LocalDate dissolvedOn;
    /** Relations that hold, each from its declaration's day; an ended one moves to {@link #endedRelations}. */
    private List<HeldRelation> relations = new ArrayList<>();
    /** Every end, in the order recorded; a relation declared again after its end has several. */
    private List<EndedRelation> endedRelations = new ArrayList<>();
    /** Each in date order, the first from the establishment. */
    private List<Dated<String>> names = new ArrayList<>();
    private List<Dated<String>> mandates = new ArrayList<>();
    private List<Dated<Integer>> cadences = new ArrayList<>();
    private List<Dated<Integer>> quorums = new ArrayList<>();
    private BodyId successorId;
    /** Whether the body's approved minutes are open to every signed-in user (a setting; a snapshot without it: no). */
    private boolean approvedMinutesOpen;
    private ObjectionPolicy objectionPolicy = ObjectionPolicy.DEFAULT;
    private boolean minutesPublished;
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
        if (command.from() != null) {
            check(new NoChangeBeforeEstablishment(establishedOn, command.from(), "from"));
        }
        DeclaredRelation relation = new DeclaredRelation(command.targetBodyId(), command.relation());
        check(new RelationAlreadyDeclared(holding(), relation));
        check(new RelationDeclaredAgainFromItsEnd(endedRelations, relation, command.from()));
        if (command.relation() == RelationKind.REPORTS_TO) {
            check(new NoReportsToCycle(bodyId, command.targetBodyId(), organisation::reportsTo));
        }
        apply(new BodyRelationDeclared(bodyId, command.targetBodyId(), command.relation(), command.from()));
    }

    @CommandHandler
    void handle(AppointMember command, OrganisationLookup organisation) {
        check(new NoAppointmentsToDissolvedBody(dissolvedOn));
        check(new MembershipNotBeforeEstablishment(establishedOn, command.from()));
        organisation.requirePerson(command.personId(), "personId");
        check(new ErasedPersonIsNotAppointed(organisation.personErased(command.personId())));
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

    @CommandHandler
    void handle(RenameBody command) {
        checkChangeDate(command.on());
        String name = command.name().strip();
        check(new ChangeMustDiffer("name", Dated.on(names, command.on()), name, command.on()));
        apply(new BodyRenamed(bodyId, name, command.on()));
    }

    @CommandHandler
    void handle(ChangeBodyMandate command) {
        checkChangeDate(command.on());
        String mandate = blankToNull(command.mandate());
        check(new ChangeMustDiffer("mandate", Dated.on(mandates, command.on()), mandate, command.on()));
        apply(new BodyMandateChanged(bodyId, mandate, command.on()));
    }

    @CommandHandler
    void handle(ChangeBodyCadence command) {
        checkChangeDate(command.on());
        check(new ChangeMustDiffer("meetingsPerYear", Dated.on(cadences, command.on()), command.meetingsPerYear(),
                command.on()));
        apply(new BodyCadenceChanged(bodyId, command.meetingsPerYear(), command.on()));
    }

    @CommandHandler
    void handle(ChangeBodyQuorum command) {
        checkChangeDate(command.on());
        check(new ChangeMustDiffer("quorum", Dated.on(quorums, command.on()), command.quorum(), command.on()));
        apply(new BodyQuorumChanged(bodyId, command.quorum(), command.on()));
    }

    @CommandHandler
    void handle(EndBodyRelation command) {
        DeclaredRelation relation = new DeclaredRelation(command.targetBodyId(), command.relation());
        check(new EndingRequiresRelation(holding(), endedRelations, relation));
        check(new RelationEndsOnlyOnce(holding(), endedRelations, relation));
        checkChangeDate(command.on());
        check(new RelationEndsAfterItBegins(heldFrom(relation), command.on()));
        apply(new BodyRelationEnded(bodyId, command.targetBodyId(), command.relation(), command.on()));
    }

    /** Named on or after the dissolution too: that is when a successor is usually named. */
    @CommandHandler
    void handle(NameSuccessorBody command, OrganisationLookup organisation) {
        check(new SuccessorIsAnotherBody(bodyId, command.successorId()));
        KnownBody successor = organisation.existingBody(command.successorId(), "successorId");
        check(new NoChangeBeforeEstablishment(establishedOn, command.on()));
        check(new SuccessorMustExistOnTheDay(successor, command.on()));
        check(new ChangeMustDiffer("successorId", successorId, command.successorId(), command.on()));
        apply(new SuccessorBodyNamed(bodyId, command.successorId(), command.on()));
    }

    private void checkChangeDate(LocalDate on) {
        check(new NoChangeBeforeEstablishment(establishedOn, on));
        check(new NoChangeAfterDissolution(dissolvedOn, on));
    }

    @EventSourcingHandler
    void on(BodyEstablished event) {
        bodyId = event.bodyId();
        establishedOn = event.establishedOn();
        names = List.of(new Dated<>(event.establishedOn(), event.name()));
        mandates = List.of(new Dated<>(event.establishedOn(), event.mandate()));
        cadences = List.of(new Dated<>(event.establishedOn(), event.meetingsPerYear()));
        quorums = List.of(new Dated<>(event.establishedOn(), event.quorum()));
    }

    @EventSourcingHandler
    void on(BodyRenamed event) {
        names = Dated.with(names, new Dated<>(event.on(), event.name()));
    }

    @EventSourcingHandler
    void on(BodyMandateChanged event) {
        mandates = Dated.with(mandates, new Dated<>(event.on(), event.mandate()));
    }

    @EventSourcingHandler
    void on(BodyCadenceChanged event) {
        cadences = Dated.with(cadences, new Dated<>(event.on(), event.meetingsPerYear()));
    }

    @EventSourcingHandler
    void on(BodyQuorumChanged event) {
        quorums = Dated.with(quorums, new Dated<>(event.on(), event.quorum()));
    }

    @EventSourcingHandler
    void on(BodyRelationEnded event) {
        DeclaredRelation relation = new DeclaredRelation(event.targetBodyId(), event.relation());
        relations.removeIf(held -> held.relation().equals(relation));
        endedRelations.add(new EndedRelation(relation, event.on()));
    }

    /** The setting changes only when it is changed: saying it again records nothing. */
    @CommandHandler
    void handle(OpenApprovedMinutes command) {
        if (command.open() != approvedMinutesOpen) {
            apply(new ApprovedMinutesOpened(bodyId, command.open()));
        }
    }

    /** As {@link OpenApprovedMinutes}: the same setting again records nothing. */
    @CommandHandler
    void handle(SetObjectionPeriod command) {
        ObjectionPolicy wanted = new ObjectionPolicy(command.objectionDays(), command.tacitApproval());
        if (!wanted.equals(objectionPolicy)) {
            apply(new ObjectionPeriodChanged(bodyId, wanted.objectionDays(), wanted.tacitApproval()));
        }
    }

    @EventSourcingHandler
    void on(ObjectionPeriodChanged event) {
        objectionPolicy = new ObjectionPolicy(event.objectionDays(), event.tacitApproval());
    }

    /** Publishing is a setting of the body's own; a dissolved body's minutes may still be published or withdrawn. */
    @CommandHandler
    void handle(PublishMinutes command) {
        if (command.publish() != minutesPublished) {
            apply(new MinutesPublicationChanged(bodyId, command.publish()));
        }
    }

    @EventSourcingHandler
    void on(MinutesPublicationChanged event) {
        minutesPublished = event.published();
    }

    @EventSourcingHandler
    void on(ApprovedMinutesOpened event) {
        approvedMinutesOpen = event.open();
    }

    @EventSourcingHandler
    void on(SuccessorBodyNamed event) {
        successorId = event.successorId();
    }

    @EventSourcingHandler
    void on(BodyRelationDeclared event) {
        DeclaredRelation relation = new DeclaredRelation(event.targetBodyId(), event.relation());
        relations.add(new HeldRelation(relation, event.from()));
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

    private List<DeclaredRelation> holding() {
        return relations.stream().map(HeldRelation::relation).toList();
    }

    /** The first day the relation holds now; null from the establishment (or when it does not hold). */
    private LocalDate heldFrom(DeclaredRelation relation) {
        return relations.stream().filter(held -> held.relation().equals(relation)).map(HeldRelation::from)
                .filter(Objects::nonNull).findFirst().orElse(null);
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
