package dk.protokol.query.plan;

import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.events.query.plan.FindMeetingPlan;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.minutes.MinutesQueries;
import dk.protokol.query.organisation.BodyDetail;
import dk.protokol.query.organisation.OrganisationQueries;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The year's meeting plan of a body: its cadence on the year's first day, the pattern of its last meeting held or
 * planned (not cancelled), and the meetings it already has that year. The proposal itself is
 * {@link MeetingPlanner}'s.
 */
@Component
public class MeetingPlanQueries {

    private final OrganisationQueries organisation;
    private final MinutesQueries minutes;

    public MeetingPlanQueries(OrganisationQueries organisation, MinutesQueries minutes) {
        this.organisation = organisation;
        this.minutes = minutes;
    }

    @QueryHandler
    public MeetingPlan handle(FindMeetingPlan query) {
        LocalDate firstDay = LocalDate.of(query.year(), 1, 1);
        BodyDetail body = organisation.handle(new FindBody(query.bodyId(), firstDay, null));
        List<MeetingSummary> meetings = minutes.handle(new FindMeetings(query.bodyId(), null, null)).stream()
                .filter(meeting -> meeting.status() != MeetingStatus.CANCELLED).toList();
        MeetingPlanner.Pattern pattern = meetings.stream()
                .filter(meeting -> meeting.start().getYear() <= query.year())
                .max(Comparator.comparing(MeetingSummary::start))
                .map(last -> MeetingPlanner.Pattern.of(last.start(), last.expectedEnd(), last.location()))
                .orElse(MeetingPlanner.Pattern.DEFAULT);
        List<MeetingSummary> thatYear = meetings.stream()
                .filter(meeting -> meeting.start().getYear() == query.year())
                .sorted(Comparator.comparing(MeetingSummary::start)).toList();
        return new MeetingPlan(body.id(), body.name(), query.year(), body.meetingsPerYear(),
                MeetingPlanner.propose(query.year(), body.meetingsPerYear(), pattern), thatYear);
    }
}
