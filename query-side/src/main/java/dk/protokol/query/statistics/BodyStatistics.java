package dk.protokol.query.statistics;

import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.PersonRef;

import java.time.LocalDate;
import java.util.List;

/**
 * An evaluator's figures for one body over a period ({@code GET /api/bodies/{id}/statistics}), both ends
 * included. Every rate comes with the counts it is made of, so that a reader can check it by hand; a rate
 * with nothing to divide by is absent. The definitions are those of {@link Statistics}.
 */
public record BodyStatistics(BodyRef body, LocalDate from, LocalDate to, Meetings meetings, Attendance attendance,
                             Decisions decisions, Actions actions) {

    /**
     * @param held            meetings in the period that were held (closed, or minutes circulated or approved)
     * @param cancelled       meetings in the period that were cancelled
     * @param meetingsPerYear the body's cadence, if it has one
     * @param expected        the cadence prorated over the period
     * @param heldOfExpected  held / expected
     */
    public record Meetings(int held, int cancelled, Integer meetingsPerYear, Double expected, Double heldOfExpected) {
    }

    /** Over all members: present / expected; and per member. */
    public record Attendance(int expected, int present, Double rate, List<Member> members) {

        public Attendance {
            members = List.copyOf(members);
        }
    }

    /**
     * @param expected    held meetings at which the person was a member (chair, vice-chair or member)
     * @param present     of those, the meetings they attended (a partial attendance counts)
     * @param substituted of the others, the meetings where a substitute attended for them
     */
    public record Member(PersonRef person, int expected, int present, int substituted, Double rate) {
    }

    /** Decisions recorded at the held meetings of the period, and per held meeting. */
    public record Decisions(int count, Double perMeeting) {
    }

    /**
     * @param completed                        actions of the body completed in the period
     * @param medianDaysFromDecisionToCompletion over those: the median of the days from the meeting that
     *                                         agreed the action (the decision's day) to the day it was completed
     * @param due                              actions of the body due in the period, cancelled ones left out
     * @param completedByDueDate               of those, the ones completed on or before their due date
     * @param shareCompletedByDueDate          completedByDueDate / due
     */
    public record Actions(int completed, Double medianDaysFromDecisionToCompletion, int due, int completedByDueDate,
                          Double shareCompletedByDueDate) {
    }
}
