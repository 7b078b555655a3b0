package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.command.common.LookupRecorder;
import dk.protokol.command.common.OrgLookupConfiguration;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.BodyQuorumChanged;
import dk.protokol.events.organisation.ObjectionPeriodChanged;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.BodyRelationEnded;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.events.organisation.PersonErased;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.organisation.RelationKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the command side's {@link OrganisationLookup} in step with the events. Processing group
 * {@value LookupRecorder#PROCESSING_GROUP} is a subscribing processor (infra's {@code protokol.processing.subscribing}):
 * it runs in the publishing unit of work, after the events were appended and in the same transaction, and
 * its failures propagate ({@link OrgLookupConfiguration}), so lookup and events commit or roll back together.
 */
@Component
@ProcessingGroup(LookupRecorder.PROCESSING_GROUP)
public class OrgLookupUpdater implements LookupRecorder {


    private final JdbcOrganisationLookup lookup;

    public OrgLookupUpdater(JdbcOrganisationLookup lookup) {
        this.lookup = lookup;
    }

    @EventHandler
    void on(BodyEstablished event) {
        record(event);
    }

    @EventHandler
    void on(BodyDissolved event) {
        record(event);
    }

    @EventHandler
    void on(BodyRelationDeclared event) {
        // The Body aggregate checked these against the lookup before it applied the event, but another body's
        // command may have committed in between (two bodies declaring REPORTS_TO to each other at once, or
        // the target dissolved at the same moment). Here we run after the append took the event store's
        // commit-order lock, so these checks are serialised with every other append and see their commits.
        KnownBody target = lookup.existingBody(event.targetBodyId(), "targetBodyId");
        DomainRule.check(new NoRelationsWithDissolvedBody(null, target.dissolvedOn()));
        if (event.relation() == RelationKind.REPORTS_TO) {
            DomainRule.check(new NoReportsToCycle(event.bodyId(), event.targetBodyId(), lookup::reportsTo));
        }
        record(event);
    }

    @EventHandler
    void on(BodyRelationEnded event) {
        record(event);
    }

    @EventHandler
    void on(BodyQuorumChanged event) {
        record(event);
    }

    @EventHandler
    void on(ObjectionPeriodChanged event) {
        record(event);
    }

    @EventHandler
    void on(PersonRegistered event) {
        record(event);
    }

    @EventHandler
    void on(PersonErased event) {
        record(event);
    }

    @EventHandler
    void on(MemberAppointed event) {
        record(event);
    }

    @EventHandler
    void on(MemberRoleChanged event) {
        record(event);
    }

    @EventHandler
    void on(MembershipEnded event) {
        record(event);
    }

    @Override
    public boolean records(Class<?> payloadType) {
        return BodyEvent.class.isAssignableFrom(payloadType) || PersonEvent.class.isAssignableFrom(payloadType);
    }

    /** The change one event makes to the lookup; shared by the live handlers and {@link OrgLookupRebuilder}. */
    @Override
    public void record(Object event) {
        if (event instanceof BodyEstablished established) {
            lookup.addBody(established.bodyId(), established.establishedOn(), established.quorum());
            if (established.establishedOn() != null) {
                lookup.quorumFrom(established.bodyId(), established.establishedOn(), established.quorum());
            }
        } else if (event instanceof BodyDissolved dissolved) {
            lookup.markDissolved(dissolved.bodyId(), dissolved.on());
        } else if (event instanceof BodyRelationDeclared declared) {
            lookup.addRelation(declared.bodyId(), declared.targetBodyId(), declared.relation());
        } else if (event instanceof BodyRelationEnded ended) {
            lookup.removeRelation(ended.bodyId(), ended.targetBodyId(), ended.relation());
        } else if (event instanceof ObjectionPeriodChanged changed) {
            lookup.setObjectionPolicy(changed.bodyId(), changed.objectionDays(), changed.tacitApproval());
        } else if (event instanceof BodyQuorumChanged changed) {
            lookup.changeQuorum(changed.bodyId(), changed.quorum());
            lookup.quorumFrom(changed.bodyId(), changed.on(), changed.quorum());
        } else if (event instanceof PersonRegistered registered) {
            lookup.addPerson(registered.personId());
        } else if (event instanceof PersonErased erased) {
            lookup.markErased(erased.personId());
        } else if (event instanceof MemberAppointed appointed) {
            lookup.addMembership(appointed.bodyId(), appointed.personId(), appointed.role(), appointed.from());
        } else if (event instanceof MemberRoleChanged changed) {
            lookup.changeRole(changed.bodyId(), changed.personId(), changed.role(), changed.from());
        } else if (event instanceof MembershipEnded ended) {
            lookup.endMembership(ended.bodyId(), ended.personId(), ended.to());
        }
    }
}
