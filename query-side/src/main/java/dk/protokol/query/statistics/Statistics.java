package dk.protokol.query.statistics;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.query.actions.ActionList;
import dk.protokol.query.actions.ActionState;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.actions.MeetingDigest;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.Membership;
import dk.protokol.query.organisation.Names;
import dk.protokol.query.organisation.OnDate;
import dk.protokol.query.organisation.Seat;

import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evaluator's figures as pure functions of folded data: the body (its cadence and its memberships
 * across time), the digests of its meetings and its actions. Definitions, for a period {@code [from, to]}:
 * <ul>
 *   <li>a meeting is in the period when the day it starts is; it was <b>held</b> when it was closed (or its
 *       minutes circulated or approved) and not cancelled;</li>
 *   <li><b>expected meetings</b>: the cadence (meetings a year) prorated by calendar year: each year the
 *       period touches adds cadence × (the period's days in that year / the days of that year), so a whole
 *       calendar year expects exactly the cadence;</li>
 *   <li><b>attendance</b>: a person is expected at a held meeting when on its day they held a seat with a vote
 *       (chair, vice-chair or member; not substitute, observer or secretary); present when their own latest
 *       attendance record says present (partial attendance counts); rate = present / expected;</li>
 *   <li><b>decisions per meeting</b>: the decisions recorded at the held meetings / the held meetings;</li>
 *   <li><b>days from decision to completion</b>: for each action of the body completed in the period, the
 *       days from the day of the meeting that agreed it to the day it was completed; the median of these
 *       (the mean of the middle two for an even count);</li>
 *   <li><b>completed by the due date</b>: among the body's actions due in the period and not cancelled,
 *       the share completed on or before their due date (the due date as last set).</li>
 * </ul>
 * Actions are counted as last recorded.
 */
public final class Statistics {

    /** The roles that are expected to attend: the seats with a vote. */
    public static final Set<MemberRole> EXPECTED_ROLES = EnumSet.of(MemberRole.CHAIR, MemberRole.VICE_CHAIR,
            MemberRole.MEMBER);

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private Statistics() {
    }

    /**
     * @param meetings every meeting of the body (those outside the period too: they say when an action
     *                 completed in the period was agreed)
     * @param actions  every action of the body
     */
    public static BodyStatistics of(BodyView body, Collection<MeetingDigest> meetings,
                                    Collection<ActionState> actions, LocalDate from, LocalDate to, Names names) {
        List<MeetingDigest> inPeriod = meetings.stream()
                .filter(meeting -> body.id().equals(meeting.bodyId()))
                .filter(meeting -> within(ActionList.agreedOn(meeting), from, to))
                .sorted(Comparator.comparing(MeetingDigest::start).thenComparing(m -> m.meetingId().toString()))
                .toList();
        List<MeetingDigest> held = inPeriod.stream().filter(MeetingDigest::held).toList();
        int cancelled = (int) inPeriod.stream()
                .filter(meeting -> meeting.progress() == MeetingDigest.MeetingProgress.CANCELLED).count();
        Double expected = expectedMeetings(body.meetingsPerYear(), from, to);
        BodyStatistics.Meetings meetingFigures = new BodyStatistics.Meetings(held.size(), cancelled,
                body.meetingsPerYear(), expected, expected == null ? null : ratio(held.size(), expected));

        int decisions = held.stream().mapToInt(meeting -> meeting.items().stream()
                .mapToInt(item -> item.decisions().size()).sum()).sum();

        Map<MeetingId, MeetingDigest> byId = meetings.stream()
                .collect(Collectors.toMap(MeetingDigest::meetingId, Function.identity(), (a, b) -> a));
        List<Long> days = new ArrayList<>();
        int due = 0;
        int onTime = 0;
        for (ActionState action : actions) {
            if (!body.id().equals(action.bodyId())) {
                continue;
            }
            LocalDate agreedOn = ActionList.agreedOn(byId.get(action.meetingId()));
            boolean done = action.status() == ActionStatus.DONE && action.completedOn() != null;
            if (done && agreedOn != null && within(action.completedOn(), from, to)) {
                days.add(ChronoUnit.DAYS.between(agreedOn, action.completedOn()));
            }
            if (action.status() != ActionStatus.CANCELLED && within(action.dueDate(), from, to)) {
                due++;
                if (done && !action.completedOn().isAfter(action.dueDate())) {
                    onTime++;
                }
            }
        }
        return new BodyStatistics(new BodyRef(body.id(), body.name()), from, to, meetingFigures,
                attendance(body, held, names),
                new BodyStatistics.Decisions(decisions, ratio(decisions, held.size())),
                new BodyStatistics.Actions(days.size(), median(days), due, onTime, ratio(onTime, due)));
    }

    /** Attendance at the held meetings, per member and over all, members in Danish order of name. */
    public static BodyStatistics.Attendance attendance(BodyView body, List<MeetingDigest> held, Names names) {
        Map<PersonId, int[]> counts = new LinkedHashMap<>();
        for (MeetingDigest meeting : held) {
            LocalDate day = ActionList.agreedOn(meeting);
            Map<PersonId, MeetingDigest.Attendee> records = new HashMap<>();
            meeting.attendance().forEach(attendee -> records.put(attendee.personId(), attendee));
            for (Seat seat : OnDate.seats(body, day)) {
                if (!EXPECTED_ROLES.contains(seat.role())) {
                    continue;
                }
                int[] count = counts.computeIfAbsent(seat.personId(), person -> new int[3]);
                count[0]++;
                MeetingDigest.Attendee own = records.get(seat.personId());
                if (own != null && own.status() == AttendanceStatus.PRESENT) {
                    count[1]++;
                } else if (meeting.attendance().stream().anyMatch(other -> seat.personId().equals(other.substituteFor())
                        && other.status() == AttendanceStatus.PRESENT)) {
                    count[2]++;
                }
            }
        }
        Collator collator = Collator.getInstance(DANISH);
        List<BodyStatistics.Member> members = counts.entrySet().stream()
                .map(entry -> new BodyStatistics.Member(names.person(entry.getKey()), entry.getValue()[0],
                        entry.getValue()[1], entry.getValue()[2], ratio(entry.getValue()[1], entry.getValue()[0])))
                .sorted(Comparator.comparing((BodyStatistics.Member m) -> m.person().name(),
                                Comparator.nullsLast(collator::compare))
                        .thenComparing(m -> m.person().personId().toString()))
                .toList();
        int expected = members.stream().mapToInt(BodyStatistics.Member::expected).sum();
        int present = members.stream().mapToInt(BodyStatistics.Member::present).sum();
        return new BodyStatistics.Attendance(expected, present, ratio(present, expected), members);
    }

    /** The cadence prorated over {@code [from, to]} by calendar year; null when the body has no cadence. */
    public static Double expectedMeetings(Integer meetingsPerYear, LocalDate from, LocalDate to) {
        if (meetingsPerYear == null) {
            return null;
        }
        double expected = 0;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate first = year == from.getYear() ? from : LocalDate.of(year, 1, 1);
            LocalDate last = year == to.getYear() ? to : LocalDate.of(year, 12, 31);
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            expected += meetingsPerYear * (double) days / first.lengthOfYear();
        }
        return expected;
    }

    /** The middle value, or the mean of the middle two; null for none. */
    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? (double) sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    static Double ratio(double part, double whole) {
        return whole == 0 ? null : part / whole;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Names for a period's statistics: every person who held a seat in the body. */
    static Set<PersonId> people(BodyView body) {
        return body.memberships().stream().map(Membership::personId).collect(Collectors.toSet());
    }
}
