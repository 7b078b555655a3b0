package dk.protokol.web.review;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyDetail;
import dk.protokol.web.common.Queries;
import dk.protokol.web.common.Viewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The circulated minutes a person may approve, as the meeting's rules say (OnlyTheChairApproves,
 * InTheChairsAbsenceTheChairOfTheDayOrViceChairApproves): those of the bodies the person chairs; of a body where
 * the person is vice-chair, those of meetings the chair did not attend; and those of meetings the person led as
 * chair for the day. Ordered by the meeting's start.
 */
final class MinutesToApprove {

    private final Queries queries;

    MinutesToApprove(Queries queries) {
        this.queries = queries;
    }

    List<MeetingSummary> of(PersonId me, Viewer viewer) {
        Map<MeetingId, MeetingSummary> found = new LinkedHashMap<>();
        for (Viewer.MyBody body : viewer.chairOf()) {
            circulated(body.id()).forEach(meeting -> found.putIfAbsent(meeting.id(), meeting));
        }
        for (Viewer.MyBody body : viewer.viceChairOf()) {
            circulated(body.id()).filter(meeting -> ledBy(meeting, me) || chairWasAbsent(meeting, body.id()))
                    .forEach(meeting -> found.putIfAbsent(meeting.id(), meeting));
        }
        for (Viewer.MyBody body : viewer.memberOf()) {
            circulated(body.id()).filter(meeting -> ledBy(meeting, me))
                    .forEach(meeting -> found.putIfAbsent(meeting.id(), meeting));
        }
        List<MeetingSummary> waiting = new ArrayList<>(found.values());
        waiting.sort(Comparator.comparing(MeetingSummary::start, Comparator.nullsLast(Comparator.naturalOrder())));
        return waiting;
    }

    /** A meeting of one of the person's bodies, as the meeting list shows it (after an approval, say). */
    Optional<MeetingSummary> meeting(MeetingId id, Viewer viewer) {
        return Stream.of(viewer.chairOf(), viewer.viceChairOf(), viewer.memberOf()).flatMap(List::stream)
                .flatMap(body -> queries.list(new FindMeetings(body.id(), null, null), MeetingSummary.class).stream())
                .filter(meeting -> meeting.id().equals(id))
                .findFirst();
    }

    private Stream<MeetingSummary> circulated(BodyId body) {
        return queries.list(new FindMeetings(body, null, null, Set.of(MeetingStatus.MINUTES_CIRCULATED.name())),
                        MeetingSummary.class).stream()
                .filter(meeting -> meeting.status() == MeetingStatus.MINUTES_CIRCULATED);
    }

    private boolean ledBy(MeetingSummary meeting, PersonId me) {
        MinutesView minutes = queries.one(new FindMinutes(meeting.id(), null), MinutesView.class);
        return minutes.chairOfTheDay() != null && me.equals(minutes.chairOfTheDay().personId());
    }

    /** The body's chair on the meeting's day was not recorded present (or the body had none). */
    private boolean chairWasAbsent(MeetingSummary meeting, BodyId body) {
        MinutesView minutes = queries.one(new FindMinutes(meeting.id(), null), MinutesView.class);
        BodyDetail detail = queries.one(new FindBody(body, minutes.start().toLocalDate(), null), BodyDetail.class);
        return detail.members().stream().filter(member -> member.role() == MemberRole.CHAIR)
                .noneMatch(chair -> minutes.present().stream()
                        .anyMatch(attendee -> chair.personId().equals(attendee.personId())));
    }
}
