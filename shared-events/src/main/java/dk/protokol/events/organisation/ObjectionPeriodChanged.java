package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;
import org.axonframework.serialization.Revision;

/**
 * How the body approves its minutes (a body setting, issue 14): members comment on circulated minutes for
 * {@code objectionDays} days (indsigelsesfrist, 8 unless set); with {@code tacitApproval} the minutes are approved by
 * the system when the period ends without an open objection (stiltiende godkendelse). Minutes already circulated keep
 * the period they started with.
 */
@Revision("1")
public record ObjectionPeriodChanged(BodyId bodyId, int objectionDays, boolean tacitApproval) implements BodyEvent {

    /** The period a body has until it sets one: eight days, approved by the chair. */
    public static final int DEFAULT_OBJECTION_DAYS = 8;
}
