package dk.protokol.query.actions;

import dk.protokol.query.organisation.BodyRef;

import java.time.LocalDate;
import java.util.List;

/**
 * The chair's overview of a body's actions on a business day ({@code GET /api/bodies/{id}/actions/overview}):
 * the open actions (overdue ones included), the overdue ones, and those completed from
 * {@code completedSince} up to {@code on} (the last 90 days, both ends included).
 */
public record ActionOverview(BodyRef body, LocalDate on, Bucket open, Bucket overdue, LocalDate completedSince,
                             Bucket completed) {

    /** A count and the actions counted, in list order (completed ones: most recently completed first). */
    public record Bucket(int count, List<ActionSummary> actions) {

        public Bucket {
            actions = List.copyOf(actions);
        }

        static Bucket of(List<ActionSummary> actions) {
            return new Bucket(actions.size(), actions);
        }
    }
}
