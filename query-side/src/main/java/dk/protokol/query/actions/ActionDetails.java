package dk.protokol.query.actions;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.query.common.Stamp;
import dk.protokol.query.organisation.Names;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** {@link ActionDetail} as a pure function of the folded action, the meetings it names and the names to show. */
public final class ActionDetails {

    private ActionDetails() {
    }

    public static ActionDetail detail(ActionState action, Map<MeetingId, MeetingDigest> meetings, Names names,
                                      LocalDate today, Instant asOf) {
        MeetingDigest origin = meetings.get(action.meetingId());
        boolean overdue = ActionOnDate.on(action, ActionList.agreedOn(origin), today)
                .map(ActionOnDay::overdue).orElse(false);
        return new ActionDetail(action.actionId(), action.description(), action.status(), overdue,
                action.dueDate(), action.completedOn(), names.person(action.ownerId()), names.body(action.bodyId()),
                origin(action, origin),
                action.history().stream().map(change -> change(change, meetings, names)).toList(),
                action.progress().stream().map(note -> new ActionDetail.Progress(note.note(),
                        note.recorded().at(), actor(note.recorded(), names), meeting(note.meetingId(), meetings)))
                        .toList(),
                today, asOf,
                action.attachments().stream().map(a -> new ActionDetail.Attachment(a.attachmentId(), a.fileName(),
                        a.contentType(), a.size(), a.sha256(), a.recorded().at(), actor(a.recorded(), names))).toList());
    }

    /** Every meeting an action names: where it was agreed and where progress was reported. */
    public static Stream<MeetingId> meetingsOf(ActionState action) {
        return Stream.concat(Stream.of(action.meetingId()),
                        action.progress().stream().map(ProgressNote::meetingId))
                .filter(Objects::nonNull);
    }

    /** Every person an action names: owners, and who recorded its changes. */
    public static Stream<PersonId> peopleOf(ActionState action) {
        return Stream.concat(Stream.of(action.ownerId()), action.history().stream()
                        .flatMap(change -> Stream.of(change.ownerId(), change.previousOwnerId(),
                                change.recorded().personId())))
                .filter(Objects::nonNull);
    }

    private static ActionDetail.Origin origin(ActionState action, MeetingDigest meeting) {
        if (action.meetingId() == null) {
            return null;
        }
        MeetingDigest.Item item = meeting == null || action.itemId() == null ? null
                : meeting.item(action.itemId()).orElse(null);
        MeetingDigest.Decision decision = meeting == null || action.decisionId() == null ? null
                : meeting.decision(action.decisionId()).orElse(null);
        return new ActionDetail.Origin(action.meetingId(), meeting == null ? null : meeting.start(),
                meeting == null ? null : meeting.location(), action.itemId(), item == null ? null : item.title(),
                action.decisionId(), decision == null ? null : decision.text(),
                decision == null ? null : decision.outcome(), caseOf(item));
    }

    /** The case an item belongs to: the referred case it took up, else the case it referred on (the first). */
    private static ReferralId caseOf(MeetingDigest.Item item) {
        if (item == null) {
            return null;
        }
        if (item.referredFrom() != null) {
            return item.referredFrom().referralId();
        }
        return item.referrals().isEmpty() ? null : item.referrals().get(0).referralId();
    }

    private static ActionDetail.Change change(ActionChange change, Map<MeetingId, MeetingDigest> meetings,
                                              Names names) {
        return new ActionDetail.Change(change.kind(), change.recorded().at(), actor(change.recorded(), names),
                change.text(), names.person(change.previousOwnerId()), names.person(change.ownerId()),
                change.previousDueDate(), change.dueDate(), change.completedOn(),
                meeting(change.meetingId(), meetings));
    }

    private static ActionDetail.Actor actor(Stamp stamp, Names names) {
        return new ActionDetail.Actor(stamp.userId(), stamp.personId(), names.personName(stamp.personId()));
    }

    private static ActionDetail.MeetingRef meeting(MeetingId id, Map<MeetingId, MeetingDigest> meetings) {
        if (id == null) {
            return null;
        }
        return new ActionDetail.MeetingRef(id, ActionList.agreedOn(meetings.get(id)));
    }
}
