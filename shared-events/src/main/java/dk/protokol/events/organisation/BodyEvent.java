package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;

/** Events of the Body aggregate. They refer to people by id only; no personal data here. */
public sealed interface BodyEvent
        permits BodyEstablished, BodyRelationDeclared, MemberAppointed, MemberRoleChanged, MembershipEnded,
        BodyDissolved, BodyRenamed, BodyMandateChanged, BodyCadenceChanged, BodyQuorumChanged, BodyRelationEnded,
        SuccessorBodyNamed, ApprovedMinutesOpened, ObjectionPeriodChanged, MinutesPublicationChanged {
    BodyId bodyId();
}
