package dk.protokol.events.query.plan;

import dk.protokol.events.ids.BodyId;

/** The meetings proposed for a body's {@code year} from its cadence, beside those already scheduled that year. */
public record FindMeetingPlan(BodyId bodyId, int year) {
}
