package dk.protokol.query.plan;

import dk.protokol.events.ids.BodyId;
import dk.protokol.query.minutes.MeetingSummary;

import java.util.List;

/**
 * {@code GET /api/bodies/{id}/meeting-plan?year=}: the meetings proposed from the body's cadence
 * ({@code meetingsPerYear} on the first day of the year, none without one), in the shape the plan is posted back
 * in, and the body's meetings already scheduled that year.
 */
public record MeetingPlan(BodyId bodyId, String bodyName, int year, Integer meetingsPerYear,
                          List<MeetingPlanner.Proposal> meetings, List<MeetingSummary> alreadyScheduled) {

    public MeetingPlan {
        meetings = List.copyOf(meetings);
        alreadyScheduled = List.copyOf(alreadyScheduled);
    }
}
