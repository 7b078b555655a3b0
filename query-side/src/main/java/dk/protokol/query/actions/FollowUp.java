package dk.protokol.query.actions;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.organisation.PersonRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line of a meeting's standing follow-up (opfølgning på tidligere beslutninger): an action of the body,
 * agreed at an earlier meeting and open on the meeting's date, with its owner, due date and whether it was
 * overdue as they stood that day, and its progress as the meeting knew it ({@link FollowUps}).
 *
 * @param agreedAt              the meeting the action was agreed at; {@code meetingDate} is null when that
 *                              meeting is unknown to the action view
 * @param itemTitle             the title of the agenda item it was agreed under, when known
 * @param latestProgress        the latest progress as of the meeting, or null when none was reported by then
 * @param progressAtThisMeeting the progress reported in this meeting (linked to it), first to last
 */
public record FollowUp(ActionId actionId, String description, PersonRef owner, LocalDate dueDate, boolean overdue,
                       MeetingRef agreedAt, String itemTitle, Progress latestProgress,
                       List<Progress> progressAtThisMeeting) {

    public FollowUp {
        Objects.requireNonNull(actionId, "actionId");
        progressAtThisMeeting = progressAtThisMeeting == null ? List.of() : List.copyOf(progressAtThisMeeting);
    }

    /** A meeting named by the follow-up, with its date. */
    public record MeetingRef(MeetingId meetingId, LocalDate meetingDate) {
    }

    /** A progress note: what was reported, when it was recorded, and the meeting it was reported in, if any. */
    public record Progress(String note, Instant recordedAt, MeetingRef meeting) {
    }
}
