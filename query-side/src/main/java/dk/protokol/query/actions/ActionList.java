package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.Names;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The action list and the chair's overview as pure functions of folded actions, the digests of the
 * meetings they were agreed in, a business day and the names to show: the same for the live view and an
 * as-of replay, and what a test compares with a hand computation.
 */
public final class ActionList {

    /** "Completed in the last 90 days": completed after {@code on} minus 90 days, up to and including {@code on}. */
    public static final int RECENT_DAYS = 90;

    /** Soonest due first (no due date last), then the day agreed, then the id: one total order. */
    public static final Comparator<ActionSummary> ORDER = Comparator
            .comparing(ActionSummary::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ActionSummary::meetingDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(summary -> summary.id().toString());

    private ActionList() {
    }

    /** The lines of the list: every action that passes {@code filter} on its day {@code filter.on()} (not null). */
    public static List<ActionSummary> rows(Collection<ActionState> actions, Map<MeetingId, MeetingDigest> meetings,
                                           ActionFilter filter, Names names) {
        LocalDate on = filter.on();
        return actions.stream()
                .filter(action -> filter.bodyId() == null || filter.bodyId().equals(action.bodyId()))
                .map(action -> line(action, meetings.get(action.meetingId()), on, names))
                .flatMap(Optional::stream)
                .filter(line -> accepts(filter, line.day()))
                .map(Line::summary)
                .sorted(ORDER)
                .toList();
    }

    /** Where a page of the list starts: after a line's place in {@link #ORDER} (due date, meeting day, id). */
    public record After(boolean start, LocalDate dueDate, LocalDate meetingDate, ActionId id) {

        public static final After START = new After(true, null, null, null);

        public static After line(ActionSummary line) {
            return new After(false, line.dueDate(), line.meetingDate(), line.id());
        }

        public static After key(LocalDate dueDate, LocalDate meetingDate, ActionId id) {
            return new After(false, dueDate, meetingDate, id);
        }

        boolean before(ActionSummary line) {
            return start || KEY.compare(new After(false, line.dueDate(), line.meetingDate(), line.id()), this) > 0;
        }

        private static final Comparator<After> KEY = Comparator
                .comparing(After::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(After::meetingDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(after -> after.id().toString());
    }

    /** At most {@code limit} of {@code lines} (in {@link #ORDER}) that come after {@code after}. */
    public static List<ActionSummary> page(List<ActionSummary> lines, After after, int limit) {
        return lines.stream().filter(after::before).limit(Math.max(0, limit)).toList();
    }

    /** The chair's overview of one body's actions on a day: open (overdue ones among them), overdue, recently completed. */
    public static ActionOverview overview(BodyRef body, Collection<ActionState> actions,
                                          Map<MeetingId, MeetingDigest> meetings, LocalDate on, Names names) {
        List<ActionSummary> all = rows(actions, meetings,
                new ActionFilter(null, body.bodyId(), null, null, null, on), names);
        LocalDate recentAfter = on.minusDays(RECENT_DAYS);
        List<ActionSummary> open = all.stream().filter(a -> a.status() == ActionStatus.OPEN).toList();
        List<ActionSummary> overdue = open.stream().filter(ActionSummary::overdue).toList();
        List<ActionSummary> completed = all.stream()
                .filter(a -> a.status() == ActionStatus.DONE && a.completedOn() != null
                        && a.completedOn().isAfter(recentAfter) && !a.completedOn().isAfter(on))
                .sorted(Comparator.comparing(ActionSummary::completedOn).reversed()
                        .thenComparing(summary -> summary.id().toString()))
                .toList();
        return new ActionOverview(body, on, ActionOverview.Bucket.of(open), ActionOverview.Bucket.of(overdue),
                recentAfter.plusDays(1), ActionOverview.Bucket.of(completed));
    }

    /** The day an action was agreed: the date of its meeting, when the meeting is known. */
    public static LocalDate agreedOn(MeetingDigest meeting) {
        return meeting == null || meeting.start() == null ? null : meeting.start().toLocalDate();
    }

    private record Line(ActionOnDay day, ActionSummary summary) {
    }

    private static Optional<Line> line(ActionState action, MeetingDigest meeting, LocalDate on, Names names) {
        LocalDate agreedOn = agreedOn(meeting);
        return ActionOnDate.on(action, agreedOn, on).map(day -> new Line(day, new ActionSummary(action.actionId(),
                action.description(), day.status(), day.overdue(), day.dueDate(), day.completedOn(),
                names.person(day.ownerId()), names.body(action.bodyId()), action.meetingId(), agreedOn,
                action.itemId(), itemTitle(meeting, action), action.decisionId())));
    }

    private static String itemTitle(MeetingDigest meeting, ActionState action) {
        if (meeting == null || action.itemId() == null) {
            return null;
        }
        return meeting.item(action.itemId()).map(MeetingDigest.Item::title).orElse(null);
    }

    /** Whether an action as it stood that day passes every filter but the body's (checked on the state). */
    static boolean accepts(ActionFilter filter, ActionOnDay day) {
        return (filter.status() == null || filter.status() == day.status())
                && (filter.ownerId() == null || filter.ownerId().equals(day.ownerId()))
                && (filter.overdue() == null || filter.overdue() == day.overdue())
                && (filter.dueBefore() == null || day.dueDate() != null && day.dueDate().isBefore(filter.dueBefore()));
    }
}
