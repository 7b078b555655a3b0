package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.actions.MeetingDigest.MeetingProgress;
import dk.protokol.query.common.Stamp;
import dk.protokol.query.organisation.Names;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A meeting's standing follow-up (DOMAIN.md: "a standing item follows up the actions of earlier meetings") as
 * a pure function of the body's folded actions, the digests of the meetings they name, the names to show and
 * the instant of reading: the same for the live minutes and an as-of replay.
 *
 * <p>Which actions: those of the meeting's body that were open on the meeting's date, judged by the action
 * list itself ({@link ActionList#rows} with status OPEN on that day, so by {@link ActionOnDate}: an action
 * completed after the meeting counts as open then, one agreed after that day does not exist yet), in the
 * list's order. Not follow-up: the actions agreed at this very meeting (they stand under their item) and
 * those agreed at a meeting of the same day that started later.
 *
 * <p>Which progress: for a meeting still to come or in progress, the latest progress known. For a meeting
 * that is over (held: closed, minutes circulated or approved; or its expected end has passed at the instant
 * of reading) the latest progress recorded up to its expected end, or reported in the meeting itself (a note
 * linked to the meeting counts even when the secretary typed it in afterwards). Progress reported in the
 * meeting is listed besides. A cancelled meeting follows nothing up.
 */
public final class FollowUps {

    private FollowUps() {
    }

    /** Whether the meeting has a follow-up at all: it has a date and was not cancelled. */
    public static boolean followsUp(FindFollowUp meeting) {
        return meeting.start() != null && meeting.progress() != MeetingProgress.CANCELLED;
    }

    /**
     * @param actions  the body's actions as folded (live, or as of an instant); others are ignored
     * @param meetings digests of the meetings the actions name (where agreed, where progress was reported)
     * @param now      the instant of reading: now for the live minutes, {@code asOf} for an as-of answer
     */
    public static List<FollowUp> of(FindFollowUp meeting, Collection<ActionState> actions,
                                    Map<MeetingId, MeetingDigest> meetings, Names names, Instant now) {
        if (!followsUp(meeting)) {
            return List.of();
        }
        LocalDate day = meeting.start().toLocalDate();
        Instant cutoff = over(meeting, now) ? end(meeting) : null;
        Map<ActionId, ActionState> byId = actions.stream()
                .collect(Collectors.toMap(ActionState::actionId, Function.identity(), (first, second) -> second));
        ActionFilter openThatDay = new ActionFilter(ActionStatus.OPEN, meeting.bodyId(), null, null, null, day);
        return ActionList.rows(actions, meetings, openThatDay, names).stream()
                .filter(line -> agreedEarlier(line, meeting, digest(line.meetingId(), meetings)))
                .map(line -> entry(line, byId.get(line.id()), meeting.meetingId(), cutoff, meetings))
                .toList();
    }

    /** Held, or past its expected end at the instant of reading. */
    static boolean over(FindFollowUp meeting, Instant now) {
        return meeting.progress() == MeetingProgress.HELD || now != null && now.isAfter(end(meeting));
    }

    /** The expected end as an instant; without one, the end of the meeting's day (Danish time). */
    static Instant end(FindFollowUp meeting) {
        LocalDateTime end = meeting.expectedEnd() != null ? meeting.expectedEnd()
                : meeting.start().toLocalDate().plusDays(1).atStartOfDay();
        return end.atZone(Stamp.DANISH_TIME).toInstant();
    }

    private static boolean agreedEarlier(ActionSummary line, FindFollowUp meeting, MeetingDigest origin) {
        if (meeting.meetingId().equals(line.meetingId())) {
            return false;
        }
        // the same day as this meeting is let through by the list; a meeting later that day is not earlier
        return origin == null || origin.start() == null || !origin.start().isAfter(meeting.start());
    }

    private static FollowUp entry(ActionSummary line, ActionState action, MeetingId here, Instant cutoff,
                                  Map<MeetingId, MeetingDigest> meetings) {
        List<ProgressNote> known = cutoff == null ? action.progress() : action.progress().stream()
                .filter(note -> !note.recorded().at().isAfter(cutoff) || here.equals(note.meetingId()))
                .toList();
        FollowUp.Progress latest = known.isEmpty() ? null : progress(known.get(known.size() - 1), meetings);
        List<FollowUp.Progress> atThisMeeting = action.progress().stream()
                .filter(note -> here.equals(note.meetingId()))
                .map(note -> progress(note, meetings))
                .toList();
        FollowUp.MeetingRef agreedAt = line.meetingId() == null ? null
                : new FollowUp.MeetingRef(line.meetingId(), line.meetingDate());
        return new FollowUp(line.id(), line.description(), line.owner(), line.dueDate(), line.overdue(), agreedAt,
                line.itemTitle(), latest, atThisMeeting);
    }

    private static FollowUp.Progress progress(ProgressNote note, Map<MeetingId, MeetingDigest> meetings) {
        FollowUp.MeetingRef meeting = note.meetingId() == null ? null : new FollowUp.MeetingRef(note.meetingId(),
                ActionList.agreedOn(digest(note.meetingId(), meetings)));
        return new FollowUp.Progress(note.note(), note.recorded().at(), meeting);
    }

    private static MeetingDigest digest(MeetingId id, Map<MeetingId, MeetingDigest> meetings) {
        return id == null ? null : meetings.get(id);
    }
}
