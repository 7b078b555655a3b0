package dk.protokol.query.minutes;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.words.Words;
import dk.protokol.query.actions.FindFollowUp;
import dk.protokol.query.actions.MeetingDigest.MeetingProgress;
import dk.protokol.query.minutes.MeetingState.Attendance;
import dk.protokol.query.minutes.MeetingState.CorrectionState;
import dk.protokol.query.minutes.MeetingState.DecisionState;
import dk.protokol.query.minutes.MeetingState.ItemState;
import dk.protokol.query.minutes.MeetingState.RemarkState;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.query.minutes.MinutesView.Attendee;
import dk.protokol.query.minutes.MinutesView.Correction;
import dk.protokol.query.minutes.MinutesView.MeetingLink;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.OnDate;
import dk.protokol.query.organisation.PersonRef;
import dk.protokol.query.organisation.Seat;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The minutes as a reader sees them: a {@link MeetingState} with names put in ({@link Directory}),
 * items numbered and the Danish labels added. Pure functions, the same for the live view and an as-of
 * replay. Attendance lists sort by name the Danish way (æ, ø, å last; unknown names last), ties by id.
 */
public final class MinutesViews {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    /** The roles that vote in their own right (the command side's rule; a substitute only standing in). */
    private static final Set<MemberRole> VOTING = Set.of(MemberRole.CHAIR, MemberRole.VICE_CHAIR, MemberRole.MEMBER);

    private MinutesViews() {
    }

    /** A role that votes in its own right; none (a guest) does not. */
    private static boolean isVoting(MemberRole role) {
        return role != null && VOTING.contains(role);
    }

    /** Every person the minutes name, so that their names can be looked up in one go. */
    public static Set<PersonId> people(MeetingState state) {
        Set<PersonId> people = new LinkedHashSet<>();
        state.attendance().forEach(a -> {
            people.add(a.personId());
            people.add(a.substituteFor());
        });
        people.add(state.referent());
        people.add(state.approvedBy());
        people.add(state.chairOfTheDay());
        for (ItemState item : state.items()) {
            people.add(item.presenterId());
            item.decisions().forEach(d -> d.remarks().forEach(r -> people.add(r.personId())));
            item.actions().forEach(a -> people.add(a.ownerId()));
            item.conflicts().forEach(c -> people.add(c.personId()));
        }
        state.corrections().forEach(c -> people.add(c.recordedBy()));
        people.remove(null);
        return people;
    }

    /**
     * Every body the minutes name: those holding the meeting and those cases were referred to or came from.
     */
    public static Set<BodyId> bodies(MeetingState state) {
        Set<BodyId> bodies = new LinkedHashSet<>(state.bodyIds());
        state.items().forEach(item -> {
            item.referrals().forEach(r -> bodies.add(r.targetBodyId()));
            if (item.referredFrom() != null) {
                bodies.add(item.referredFrom().fromBodyId());
            }
        });
        bodies.remove(null);
        return bodies;
    }

    /** Agenda numbers: the items not withdrawn, counted from 1 in agenda order. */
    public static Map<AgendaItemId, Integer> numbers(MeetingState state) {
        Map<AgendaItemId, Integer> numbers = new HashMap<>();
        int next = 1;
        for (ItemState item : state.items()) {
            if (!item.withdrawn()) {
                numbers.put(item.itemId(), next++);
            }
        }
        return numbers;
    }

    /**
     * @param approvedAtMeeting   the meeting the minutes were approved under, or null
     * @param minutesApprovedHere earlier meetings whose minutes were approved at this one
     * @param asOf                the instant an as-of answer was asked for; null for the live view
     */
    public static MinutesView minutes(MeetingState state, Directory directory, MeetingLink approvedAtMeeting,
                                      List<MeetingLink> minutesApprovedHere, Instant asOf) {
        Map<AgendaItemId, Integer> numbers = numbers(state);
        Map<PersonId, String> representing = representing(state, directory);
        List<Correction> corrections = state.corrections().stream()
                .map(c -> correction(c, numbers, directory))
                .toList();
        List<MinutesView.Item> agenda = state.items().stream()
                .map(item -> item(item, numbers, corrections, directory))
                .toList();
        return new MinutesView(state.meetingId(), state.bodyId(), directory.bodyName(state.bodyId()),
                directory.organisation(state.bodyId()), state.status(), Words.DANISH.label(state.status()),
                state.cancelledReason(), state.start(), state.expectedEnd(), state.location(),
                attendees(state, AttendanceStatus.PRESENT, numbers, representing, directory),
                attendees(state, AttendanceStatus.APOLOGIES, numbers, representing, directory),
                attendees(state, AttendanceStatus.ABSENT, numbers, representing, directory),
                attendees(state, AttendanceStatus.GUEST, numbers, representing, directory),
                person(state.referent(), directory),
                state.approvedAt(), person(state.approvedBy(), directory), approvedAtMeeting,
                minutesApprovedHere, agenda, List.of(), corrections, asOf, person(state.chairOfTheDay(), directory),
                state.kind(), holdingBodies(state, directory), commentRound(state, numbers, directory));
    }

    /** The comment round as read; null for minutes never out for comment with a period and without comments. */
    static MinutesView.CommentRound commentRound(MeetingState state, Map<AgendaItemId, Integer> numbers,
                                                 Directory directory) {
        if (state.objection() == null && state.comments().isEmpty()) {
            return null;
        }
        MeetingState.ObjectionState objection = state.objection();
        List<MinutesView.Comment> comments = state.comments().stream().map(c -> {
            PersonRef author = person(c.authorId(), directory);
            String text = directory.remarkText(c.authorId(), c.text()).orElse(null);
            return new MinutesView.Comment(c.commentId(), c.itemId(), c.itemId() == null ? null
                    : numbers.get(c.itemId()), author, text == null ? MinutesView.Remark.REMOVED : text, text == null,
                    c.madeAt(), c.resolution(), c.answer(), c.answeredAt(), person(c.answeredBy(), directory));
        }).toList();
        return new MinutesView.CommentRound(objection == null ? 0 : objection.objectionDays(),
                objection == null ? null : objection.endsAt(), objection != null && objection.tacitApproval(),
                MinutesApproved.TACIT_APPROVAL.equals(state.approvalRule()), comments);
    }

    /** Each body holding the meeting with its members present, as the minutes of a fællesmøde list them. */
    static List<MinutesView.HoldingBody> holdingBodies(MeetingState state, Directory directory) {
        if (state.start() == null) {
            return List.of();
        }
        LocalDate day = state.start().toLocalDate();
        List<Attendance> present = state.attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT).toList();
        Comparator<Object> collator = Collator.getInstance(DANISH);
        List<MinutesView.HoldingBody> bodies = new ArrayList<>();
        for (BodyId bodyId : state.bodyIds()) {
            BodyView body = directory.body(bodyId);
            Map<PersonId, MemberRole> roles = body == null ? Map.of() : OnDate.seats(body, day).stream()
                    .collect(Collectors.toMap(Seat::personId, Seat::role, (first, second) -> first));
            Set<PersonId> voting = new LinkedHashSet<>();
            Set<PersonId> seatsFilled = new HashSet<>();
            List<PersonId> members = new ArrayList<>();
            for (Attendance a : present) {
                if (roles.containsKey(a.personId())) {
                    members.add(a.personId());
                }
                if (isVoting(roles.get(a.personId()))) {
                    voting.add(a.personId());
                    seatsFilled.add(a.personId());
                }
            }
            for (Attendance a : present) {
                if (a.substituteFor() != null && roles.get(a.personId()) == MemberRole.SUBSTITUTE
                        && isVoting(roles.get(a.substituteFor())) && seatsFilled.add(a.substituteFor())) {
                    voting.add(a.personId());
                }
            }
            Integer quorum = body == null ? null : OnDate.quorum(body, day);
            List<PersonRef> named = members.stream().map(id -> person(id, directory))
                    .sorted(Comparator.comparing(PersonRef::name, Comparator.nullsLast(collator))
                            .thenComparing(ref -> ref.personId().toString()))
                    .toList();
            bodies.add(new MinutesView.HoldingBody(bodyId, directory.bodyName(bodyId),
                    bodyId.equals(state.bodyId()), named, voting.size(), quorum,
                    quorum == null ? null : voting.size() >= quorum));
        }
        return bodies;
    }

    /**
     * What the action view needs to know of the meeting for its standing follow-up: the meeting as it stood
     * (live, or at {@code asOf}), with how far it got in the action view's terms.
     */
    public static FindFollowUp followUpQuery(MeetingState state, Instant asOf) {
        return new FindFollowUp(state.meetingId(), state.bodyId(), state.start(), state.expectedEnd(),
                progress(state.status()), asOf);
    }

    /** The meeting's status as the action view's digest counts it: held once closed, circulated or approved. */
    static MeetingProgress progress(MeetingStatus status) {
        if (status == null) {
            return MeetingProgress.SCHEDULED;
        }
        return switch (status) {
            case SCHEDULED, AGENDA_PUBLISHED -> MeetingProgress.SCHEDULED;
            case OPEN -> MeetingProgress.OPEN;
            case CLOSED, MINUTES_CIRCULATED, MINUTES_APPROVED -> MeetingProgress.HELD;
            case CANCELLED -> MeetingProgress.CANCELLED;
        };
    }

    /** A link to another meeting; with only its id when that meeting is unknown (at that instant). */
    public static MeetingLink link(MeetingId meetingId, MeetingState other, Directory directory) {
        if (other == null) {
            return new MeetingLink(meetingId, null, null, null);
        }
        return new MeetingLink(other.meetingId(), other.bodyId(), directory.bodyName(other.bodyId()), other.start());
    }

    public static MeetingSummary summary(MeetingState state, Directory directory) {
        return new MeetingSummary(state.meetingId(), state.bodyId(), directory.bodyName(state.bodyId()),
                directory.organisation(state.bodyId()), state.start(), state.expectedEnd(), state.location(),
                state.status(), Words.DANISH.label(state.status()),
                state.jointBodyIds().stream().map(body -> new BodyRef(body, directory.bodyName(body))).toList());
    }

    /** Meetings in the order of their start, ties by id: the order of every meeting list. */
    public static final Comparator<MeetingState> BY_START = Comparator
            .comparing(MeetingState::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(state -> state.meetingId().toString());

    private static MinutesView.Item item(ItemState item, Map<AgendaItemId, Integer> numbers,
                                         List<Correction> corrections, Directory directory) {
        String recommendation = item.decisions().stream()
                .map(DecisionState::recommendation)
                .filter(Objects::nonNull)
                .reduce((first, second) -> second)
                .orElse(null);
        return new MinutesView.Item(item.itemId(), numbers.get(item.itemId()), item.title(), item.kind(),
                Words.DANISH.label(item.kind()), item.description(), person(item.presenterId(), directory),
                item.standing(), item.withdrawn(), item.withdrawnReason(), item.notes(), recommendation,
                item.decisions().stream().map(d -> decision(d, directory)).toList(),
                item.actions().stream().map(a -> new MinutesView.Action(a.actionId(), a.description(),
                        person(a.ownerId(), directory), a.dueDate(), a.decisionId())).toList(),
                item.referrals().stream().map(r -> new MinutesView.Referral(r.referralId(), r.targetBodyId(),
                        directory.bodyName(r.targetBodyId()), r.note())).toList(),
                item.conflicts().stream().map(c -> new MinutesView.Conflict(person(c.personId(), directory),
                        c.note())).toList(),
                corrections.stream().filter(c -> item.itemId().equals(c.itemId())).toList(),
                item.referredFrom() == null ? null : new MinutesView.ReferredFrom(item.referredFrom().referralId(),
                        item.referredFrom().fromBodyId(), directory.bodyName(item.referredFrom().fromBodyId()),
                        item.referredFrom().fromMeetingId(), item.referredFrom().fromItemId()),
                attachments(item, numbers.get(item.itemId())));
    }

    /** The item's bilag numbered "Bilag 3.1", "Bilag 3.2" in the order added; a withdrawn one keeps its number. */
    static List<MinutesView.Attachment> attachments(ItemState item, Integer itemNumber) {
        List<MinutesView.Attachment> attachments = new java.util.ArrayList<>(item.attachments().size());
        int n = 0;
        for (MeetingState.AttachmentState a : item.attachments()) {
            n++;
            attachments.add(new MinutesView.Attachment(a.attachmentId(), itemNumber == null ? null : itemNumber + "." + n,
                    a.fileName(), a.contentType(), a.size(), a.sha256(), a.visibleToPublic(), a.decisionId(),
                    a.withdrawn(), a.withdrawnReason()));
        }
        return attachments;
    }

    private static MinutesView.Decision decision(DecisionState d, Directory directory) {
        boolean voted = d.votesFor() != null || d.votesAgainst() != null || d.abstentions() != null;
        return new MinutesView.Decision(d.decisionId(), d.text(), d.outcome(), Words.DANISH.label(d.outcome()),
                d.recommendation(), voted ? new MinutesView.Votes(d.votesFor(), d.votesAgainst(), d.abstentions())
                : null, d.lateEntry(),
                d.remarks().stream().map(r -> remark(r, directory)).toList());
    }

    /** A remark as read: its text revealed through the directory's port; an erased author's remark removed. */
    static MinutesView.Remark remark(RemarkState r, Directory directory) {
        PersonRef author = person(r.personId(), directory);
        return directory.remarkText(r.personId(), r.text())
                .map(text -> new MinutesView.Remark(author, text))
                .orElseGet(() -> MinutesView.Remark.removed(author));
    }

    private static Correction correction(CorrectionState c, Map<AgendaItemId, Integer> numbers,
                                         Directory directory) {
        return new Correction(c.correctionId(), c.itemId(), c.itemId() == null ? null : numbers.get(c.itemId()),
                c.text(), c.reason(), c.recordedAt(), person(c.recordedBy(), directory));
    }

    private static List<Attendee> attendees(MeetingState state, AttendanceStatus status,
                                            Map<AgendaItemId, Integer> numbers, Map<PersonId, String> representing,
                                            Directory directory) {
        Comparator<Object> collator = Collator.getInstance(DANISH);
        return state.attendance().stream()
                .filter(a -> a.status() == status)
                .map(a -> attendee(a, numbers, representing, directory))
                .sorted(Comparator.comparing(Attendee::name, Comparator.nullsLast(collator))
                        .thenComparing(attendee -> attendee.personId().toString()))
                .toList();
    }

    private static Attendee attendee(Attendance a, Map<AgendaItemId, Integer> numbers,
                                     Map<PersonId, String> representing, Directory directory) {
        // a substitute who is no member of the body represents whom the member they stand in for represents
        String represents = representing.containsKey(a.personId()) ? representing.get(a.personId())
                : a.substituteFor() == null ? null : representing.get(a.substituteFor());
        return new Attendee(a.personId(), directory.nameOf(a.personId()), represents,
                person(a.substituteFor(), directory),
                a.fromItemId() == null ? null : numbers.get(a.fromItemId()),
                a.toItemId() == null ? null : numbers.get(a.toItemId()), a.note());
    }

    /**
     * What each member represented in the body on the day of the meeting (e.g. a housing association); at a
     * fællesmøde, in the first of the bodies holding it where the person has a seat.
     */
    private static Map<PersonId, String> representing(MeetingState state, Directory directory) {
        if (state.start() == null) {
            return Map.of();
        }
        Map<PersonId, String> representing = new HashMap<>();
        for (BodyId bodyId : state.bodyIds()) {
            BodyView body = directory.body(bodyId);
            if (body != null) {
                OnDate.seats(body, state.start().toLocalDate()).stream()
                        .filter(seat -> seat.representing() != null)
                        .forEach(seat -> representing.putIfAbsent(seat.personId(), seat.representing()));
            }
        }
        return representing;
    }

    private static PersonRef person(PersonId id, Directory directory) {
        return id == null ? null : new PersonRef(id, directory.nameOf(id));
    }
}
