package dk.protokol.command.body;

import dk.protokol.events.organisation.ObjectionPeriodChanged;

/**
 * How a body approves its minutes: the days members have to comment on circulated minutes, and whether silence
 * approves them (see {@link ObjectionPeriodChanged}).
 */
public record ObjectionPolicy(int objectionDays, boolean tacitApproval) {

    /** Eight days, approved by the chair: what a body has until it sets its own. */
    public static final ObjectionPolicy DEFAULT =
            new ObjectionPolicy(ObjectionPeriodChanged.DEFAULT_OBJECTION_DAYS, false);
}
