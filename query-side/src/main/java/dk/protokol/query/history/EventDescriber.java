package dk.protokol.query.history;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.AttachmentAdded;
import dk.protokol.events.meeting.AttachmentWithdrawn;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.ChairOfTheDayChosen;
import dk.protokol.events.meeting.JointBodyAdded;
import dk.protokol.events.meeting.JointBodyWithdrawn;
import dk.protokol.events.meeting.MinuteTakerNamed;
import dk.protokol.events.meeting.CommentResolution;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCommentAnswered;
import dk.protokol.events.meeting.MinutesCommentMade;
import dk.protokol.events.meeting.ObjectionPeriodStarted;
import dk.protokol.events.organisation.MinutesPublicationChanged;
import dk.protokol.events.organisation.ObjectionPeriodChanged;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.MinutesCorrected;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.organisation.BodyCadenceChanged;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyMandateChanged;
import dk.protokol.events.organisation.ApprovedMinutesOpened;
import dk.protokol.events.organisation.BodyQuorumChanged;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.BodyRelationEnded;
import dk.protokol.events.organisation.BodyRenamed;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.SuccessorBodyNamed;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.organisation.PersonErased;
import dk.protokol.events.organisation.PersonLanguageChosen;
import dk.protokol.events.organisation.PersonMarkedAsOfficial;
import dk.protokol.events.personal.PersonalData;
import dk.protokol.query.common.UnreadableEvent;
import dk.protokol.query.organisation.Names;
import dk.protokol.query.organisation.PersonView;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static dk.protokol.query.history.HistoryWords.hasText;

/**
 * Tells what an event recorded as a sentence with detail lines, in the language of its {@link HistoryWords}
 * (Danish unless told otherwise). Fed an aggregate's events in the order they
 * were recorded, it remembers what it needs to name things later (an agenda item's title, a decision's text, a
 * person's details before a change): {@link #describe} tells the event as it read when it was recorded, then
 * learns from it. Names of people and bodies come from {@link Names}. No clock, no store, no lookups: a pure
 * function of the events seen so far and the words it was given.
 */
public final class EventDescriber {

    /** What happened and its details. */
    public record Description(String what, List<String> details) {

        public Description {
            details = List.copyOf(details);
        }
    }

    private final Names names;
    private final HistoryWords words;
    private final PersonalData personalData;
    private final Map<AgendaItemId, String> itemTitles = new HashMap<>();
    /** Each item's presenter as last recorded (null: none). */
    private final Map<AgendaItemId, PersonId> presenters = new HashMap<>();
    private final Map<DecisionId, String> decisionTexts = new HashMap<>();
    private final Map<PersonId, PersonDetailsChanged> personDetails = new HashMap<>();
    private final Map<BodyId, String> bodyNames = new HashMap<>();
    private BodyId meetingBody;
    private LocalDateTime meetingStart;

    /** Tells the events in Danish. */
    public EventDescriber(Names names) {
        this(names, HistoryWords.DANISH);
    }

    /** Person events' personal data read as it is (events of tests, plaintext). */
    public EventDescriber(Names names, HistoryWords words) {
        this(names, words, null);
    }

    /**
     * Person events' personal data (sealed) read through the one port {@code personalData}; an erased person's
     * reads as erased. Null: values read as they are, a sealed one as absent.
     */
    public EventDescriber(Names names, HistoryWords words, PersonalData personalData) {
        this.names = Objects.requireNonNull(names, "names");
        this.words = Objects.requireNonNull(words, "words");
        this.personalData = personalData;
    }

    /** Describes the event as it read when recorded, then remembers what later events may name. */
    public Description describe(Object event) {
        Description description = tell(event);
        learn(event);
        return description;
    }

    /** The agenda item's title as last recorded among the events seen so far; null if not seen. */
    public String itemTitle(AgendaItemId itemId) {
        return itemTitles.get(itemId);
    }

    public String decisionText(DecisionId decisionId) {
        return decisionTexts.get(decisionId);
    }

    /** The body's name as established, from the events seen so far; null if not seen. */
    public String establishedName(BodyId bodyId) {
        return bodyNames.get(bodyId);
    }

    public BodyId meetingBody() {
        return meetingBody;
    }

    public LocalDateTime meetingStart() {
        return meetingStart;
    }

    /** The people an event names, whose names a history needs. */
    public static Stream<PersonId> peopleNamed(Object event) {
        List<PersonId> named = new ArrayList<>();
        if (event instanceof AgendaItemAdded e) {
            named.add(e.presenterId());
        } else if (event instanceof AgendaItemPresenterChanged e) {
            named.add(e.presenterId());
        } else if (event instanceof AttendanceRecorded e) {
            named.add(e.personId());
            named.add(e.substituteFor());
        } else if (event instanceof ConflictOfInterestDeclared e) {
            named.add(e.personId());
        } else if (event instanceof RemarkRecorded e) {
            named.add(e.personId());
        } else if (event instanceof MinutesCommentMade e) {
            named.add(e.authorId());
        } else if (event instanceof ActionAgreed e) {
            named.add(e.ownerId());
        } else if (event instanceof MinutesApproved e) {
            named.add(e.approvedBy());
        } else if (event instanceof ChairOfTheDayChosen e) {
            named.add(e.personId());
        } else if (event instanceof MinuteTakerNamed e) {
            named.add(e.personId());
        } else if (event instanceof MemberAppointed e) {
            named.add(e.personId());
        } else if (event instanceof MemberRoleChanged e) {
            named.add(e.personId());
        } else if (event instanceof MembershipEnded e) {
            named.add(e.personId());
        } else if (event instanceof PersonRegistered e) {
            named.add(e.personId());
        } else if (event instanceof PersonDetailsChanged e) {
            named.add(e.personId());
        } else if (event instanceof PersonErased e) {
            named.add(e.personId());
        } else if (event instanceof PersonMarkedAsOfficial e) {
            named.add(e.personId());
        } else if (event instanceof PersonLanguageChosen e) {
            named.add(e.personId());
        }
        return named.stream().filter(Objects::nonNull);
    }

    /** The bodies an event names. */
    public static Stream<BodyId> bodiesNamed(Object event) {
        List<BodyId> named = new ArrayList<>();
        if (event instanceof MeetingScheduled e) {
            named.add(e.bodyId());
        } else if (event instanceof CaseReferred e) {
            named.add(e.targetBodyId());
        } else if (event instanceof ReferredCaseAccepted e) {
            named.add(e.fromBodyId());
        } else if (event instanceof BodyEstablished e) {
            named.add(e.bodyId());
            named.add(e.parentId());
        } else if (event instanceof BodyRelationDeclared e) {
            named.add(e.targetBodyId());
        } else if (event instanceof BodyRelationEnded e) {
            named.add(e.targetBodyId());
        } else if (event instanceof SuccessorBodyNamed e) {
            named.add(e.successorId());
        }
        return named.stream().filter(Objects::nonNull);
    }

    private Description tell(Object event) {
        Lines details = new Lines(words);
        String what;
        if (event instanceof MeetingScheduled e) {
            what = words.text("event.meetingScheduled", words.orUnknownBody(names.bodyName(e.bodyId())),
                    orDash(words.dateTime(e.start())));
            details.add("detail.expectedEnd", words.dateTime(e.expectedEnd()));
            details.add("detail.location", e.location());
        } else if (event instanceof MeetingRescheduled e) {
            what = words.text("event.meetingRescheduled", orDash(words.dateTime(e.start())));
            if (meetingStart != null) {
                details.add("detail.before", words.dateTime(meetingStart));
            }
            details.add("detail.expectedEnd", words.dateTime(e.expectedEnd()));
            details.add("detail.location", e.location());
        } else if (event instanceof MeetingCancelled e) {
            what = words.text("event.meetingCancelled");
            details.add("detail.reason", e.reason());
        } else if (event instanceof AgendaItemAdded e) {
            what = words.text("event.agendaItemAdded", words.quoted(e.title(), words.unknownItem()));
            details.add("detail.kind", words.itemKind(e.kind()));
            details.add("detail.description", e.description());
            if (e.presenterId() != null) {
                details.add("detail.presentedBy", person(e.presenterId()));
            }
            if (e.standing()) {
                details.line("detail.standing");
            }
        } else if (event instanceof AgendaItemAmended e) {
            what = words.text("event.agendaItemAmended", item(e.itemId()));
            if (hasText(e.title()) && !e.title().equals(itemTitles.get(e.itemId()))) {
                details.add("detail.newTitle", e.title());
            }
            details.add("detail.kind", words.itemKind(e.kind()));
            details.add("detail.description", e.description());
        } else if (event instanceof AgendaItemPresenterChanged e) {
            what = e.presenterId() == null ? words.text("event.presenterRemoved", item(e.itemId()))
                    : words.text("event.presenterChanged", item(e.itemId()), person(e.presenterId()));
            PersonId before = presenters.get(e.itemId());
            if (before != null) {
                details.add("detail.before", person(before));
            }
        } else if (event instanceof AgendaItemWithdrawn e) {
            what = words.text("event.agendaItemWithdrawn", item(e.itemId()));
            details.add("detail.reason", e.reason());
        } else if (event instanceof AgendaReordered e) {
            what = words.text("event.agendaReordered");
            List<AgendaItemId> order = e.itemIds() == null ? List.of() : e.itemIds();
            for (int i = 0; i < order.size(); i++) {
                details.lines.add((i + 1) + ". " + titleOf(order.get(i)));
            }
        } else if (event instanceof AgendaPublished) {
            what = words.text("event.agendaPublished");
        } else if (event instanceof AttendanceRecorded e) {
            what = words.text("event.attendanceRecorded", person(e.personId()), words.attendance(e.status()));
            if (e.substituteFor() != null) {
                details.add("detail.substituteFor", person(e.substituteFor()));
            }
            if (e.fromItemId() != null) {
                details.add("detail.fromItem", titleOf(e.fromItemId()));
            }
            if (e.toItemId() != null) {
                details.add("detail.toItem", titleOf(e.toItemId()));
            }
            details.add("detail.note", e.note());
        } else if (event instanceof AttachmentAdded e) {
            what = words.text("event.attachmentAdded", e.fileName(), item(e.itemId()));
            details.add("detail.attachmentType", e.contentType());
            details.add("detail.attachmentSize", String.valueOf(e.size()));
            details.add("detail.sha256", e.sha256());
            if (e.visibleToPublic()) {
                details.add("detail.attachmentPublic", words.text("detail.yes"));
            }
        } else if (event instanceof AttachmentWithdrawn e) {
            what = words.text("event.attachmentWithdrawn", item(e.itemId()));
            details.add("detail.attachmentId", e.attachmentId() == null ? null : e.attachmentId().toString());
            details.add("detail.reason", e.reason());
        } else if (event instanceof ConflictOfInterestDeclared e) {
            what = words.text("event.conflictOfInterestDeclared", person(e.personId()), item(e.itemId()));
            details.add("detail.note", e.note());
        } else if (event instanceof MeetingOpened) {
            what = words.text("event.meetingOpened");
        } else if (event instanceof ItemNotesRecorded e) {
            what = words.text("event.itemNotesRecorded", item(e.itemId()));
            details.add("detail.notes", e.text());
        } else if (event instanceof DecisionRecorded e) {
            what = words.text("event.decisionRecorded", item(e.itemId()), orDash(words.outcome(e.outcome())));
            details.add("detail.decision", e.text());
            details.add("detail.recommendation", e.recommendation());
            details.add("detail.votes", votes(e));
            if (e.lateEntry()) {
                details.line("detail.lateEntry");
            }
        } else if (event instanceof RemarkRecorded e) {
            what = words.text("event.remarkRecorded", person(e.personId()), decision(e.decisionId()));
            String text = remarkText(e);
            if (text == null) {
                details.line("detail.remarkRemoved");
            } else {
                details.add("detail.note", text);
            }
        } else if (event instanceof ActionAgreed e) {
            what = words.text("event.actionAgreed",
                    words.quoted(e.description(), words.text("action.noDescription")), item(e.itemId()));
            details.add("detail.owner", person(e.ownerId()));
            details.add("detail.dueDate", words.date(e.dueDate()));
            if (e.decisionId() != null) {
                details.add("detail.followsUp", decision(e.decisionId()));
            }
        } else if (event instanceof CaseReferred e) {
            what = words.text("event.caseReferred", item(e.itemId()),
                    words.orUnknownBody(names.bodyName(e.targetBodyId())));
            details.add("detail.note", e.note());
        } else if (event instanceof MeetingClosed) {
            what = words.text("event.meetingClosed");
        } else if (event instanceof MinutesCirculated) {
            what = words.text("event.minutesCirculated");
        } else if (event instanceof JointBodyAdded e) {
            what = words.text("event.jointBodyAdded", words.orUnknownBody(names.bodyName(e.bodyId())));
        } else if (event instanceof JointBodyWithdrawn e) {
            what = words.text("event.jointBodyWithdrawn", words.orUnknownBody(names.bodyName(e.bodyId())));
        } else if (event instanceof MinuteTakerNamed e) {
            what = words.text("event.minuteTakerNamed");
            details.add("detail.minuteTaker", person(e.personId()));
        } else if (event instanceof ChairOfTheDayChosen e) {
            what = words.text("event.chairOfTheDayChosen");
            details.add("detail.chairOfTheDay", person(e.personId()));
        } else if (event instanceof MinutesApproved e) {
            what = words.text(e.tacit() ? "event.minutesApprovedTacitly" : "event.minutesApproved");
            if (e.approvedBy() != null) {
                details.add("detail.approvedBy", person(e.approvedBy()));
            }
        } else if (event instanceof ObjectionPeriodStarted e) {
            what = words.text(e.tacitApproval() ? "event.objectionPeriodStartedTacit" : "event.objectionPeriodStarted",
                    Integer.toString(e.objectionDays()));
            if (e.endsAt() != null) {
                details.add("detail.objectionPeriodEnds",
                        words.dateTime(LocalDateTime.ofInstant(e.endsAt(), java.time.ZoneId.of("Europe/Copenhagen"))));
            }
        } else if (event instanceof MinutesCommentMade e) {
            what = e.itemId() == null ? words.text("event.minutesCommentMade", person(e.authorId()))
                    : words.text("event.itemCommentMade", person(e.authorId()), item(e.itemId()));
            String text = PersonView.ERASED_NAME.equals(names.personName(e.authorId())) ? null
                    : reveal(e.authorId(), e.text());
            if (text == null) {
                details.line("detail.remarkRemoved");
            } else {
                details.add("detail.note", text);
            }
        } else if (event instanceof MinutesCommentAnswered e) {
            what = words.text(e.resolution() == CommentResolution.CORRECTED ? "event.commentAnsweredByCorrection"
                    : "event.commentNoted");
            details.add("detail.answer", e.text());
        } else if (event instanceof MinutesCorrected e) {
            what = e.itemId() == null ? words.text("event.minutesCorrected")
                    : words.text("event.itemMinutesCorrected", item(e.itemId()));
            details.add("detail.correction", e.text());
            details.add("detail.reason", e.reason());
        } else if (event instanceof ReferredCaseAccepted e) {
            what = words.text("event.referredCaseAccepted", words.orUnknownBody(names.bodyName(e.fromBodyId())),
                    item(e.itemId()));
        } else if (event instanceof BodyEstablished e) {
            what = words.text("event.bodyEstablished", words.quoted(e.name(), words.unknownBody()));
            details.add("detail.kind", words.kind(e.kind()));
            details.add("detail.partnership", e.organisation());
            if (e.parentId() != null) {
                details.add("detail.parent", words.orUnknownBody(names.bodyName(e.parentId())));
            }
            details.add("detail.mandate", e.mandate());
            details.add("detail.meetingsPerYear", e.meetingsPerYear() == null ? null : e.meetingsPerYear().toString());
            details.add("detail.quorum", e.quorum() == null ? null
                    : words.text("detail.quorumValue", e.quorum().toString()));
            details.add("detail.from", words.date(e.establishedOn()));
        } else if (event instanceof BodyRelationDeclared e) {
            what = words.text("event.bodyRelationDeclared", words.relation(e.relation()),
                    words.orUnknownBody(names.bodyName(e.targetBodyId())));
            if (e.from() != null) {
                details.add("detail.from", words.date(e.from()));
            }
        } else if (event instanceof MemberAppointed e) {
            what = words.text("event.memberAppointed", person(e.personId()), words.role(e.role()),
                    orDash(words.date(e.from())));
            details.add("detail.representing", e.representing());
        } else if (event instanceof MemberRoleChanged e) {
            what = words.text("event.memberRoleChanged", person(e.personId()), words.role(e.role()),
                    orDash(words.date(e.from())));
        } else if (event instanceof MembershipEnded e) {
            what = words.text("event.membershipEnded", person(e.personId()), orDash(words.date(e.to())));
            details.add("detail.reason", e.reason());
        } else if (event instanceof BodyDissolved e) {
            what = words.text("event.bodyDissolved", orDash(words.date(e.on())));
            details.add("detail.reason", e.reason());
        } else if (event instanceof BodyRenamed e) {
            what = words.text("event.bodyRenamed", words.quoted(e.name(), words.unknownBody()),
                    orDash(words.date(e.on())));
        } else if (event instanceof BodyMandateChanged e) {
            what = words.text("event.bodyMandateChanged", orDash(words.date(e.on())));
            details.add("detail.mandate", e.mandate() == null ? words.text("value.none") : e.mandate());
        } else if (event instanceof BodyCadenceChanged e) {
            what = words.text("event.bodyCadenceChanged", orDash(words.date(e.on())));
            details.add("detail.meetingsPerYear", e.meetingsPerYear() == null ? words.text("value.asNeeded")
                    : e.meetingsPerYear().toString());
        } else if (event instanceof ApprovedMinutesOpened e) {
            what = words.text(e.open() ? "event.approvedMinutesOpened" : "event.approvedMinutesClosed");
        } else if (event instanceof ObjectionPeriodChanged e) {
            what = words.text(e.tacitApproval() ? "event.objectionPeriodChangedTacit" : "event.objectionPeriodChanged",
                    Integer.toString(e.objectionDays()));
        } else if (event instanceof MinutesPublicationChanged e) {
            what = words.text(e.published() ? "event.minutesPublished" : "event.minutesUnpublished");
        } else if (event instanceof BodyQuorumChanged e) {
            what = words.text("event.bodyQuorumChanged", orDash(words.date(e.on())));
            details.add("detail.quorum", e.quorum() == null ? words.text("value.none")
                    : words.text("detail.quorumValue", e.quorum().toString()));
        } else if (event instanceof BodyRelationEnded e) {
            what = words.text("event.bodyRelationEnded", words.relation(e.relation()),
                    words.orUnknownBody(names.bodyName(e.targetBodyId())), orDash(words.date(e.on())));
        } else if (event instanceof SuccessorBodyNamed e) {
            what = words.text("event.successorBodyNamed", words.orUnknownBody(names.bodyName(e.successorId())),
                    orDash(words.date(e.on())));
        } else if (event instanceof PersonRegistered registered) {
            PersonDetailsChanged e = revealed(registered);
            what = words.text("event.personRegistered");
            details.add("detail.name", e.name());
            details.add("detail.organisation", e.organisation());
        } else if (event instanceof PersonDetailsChanged changedDetails) {
            PersonDetailsChanged e = revealed(changedDetails);
            what = words.text("event.personDetailsChanged");
            PersonDetailsChanged before = personDetails.get(e.personId());
            List<String> changed = new ArrayList<>();
            if (before == null || !Objects.equals(before.name(), e.name())) {
                changed.add(words.text("changed.name"));
                details.add("detail.name", e.name());
            }
            if (before == null || !Objects.equals(before.organisation(), e.organisation())) {
                changed.add(words.text("changed.organisation"));
                details.add("detail.organisation", e.organisation());
            }
            // contact details are personal data an evaluator need not read: only that they changed
            if (before == null || !Objects.equals(before.email(), e.email())) {
                changed.add(words.text("changed.email"));
            }
            if (before == null || !Objects.equals(before.phone(), e.phone())) {
                changed.add(words.text("changed.phone"));
            }
            details.addFirst("detail.changed",
                    changed.isEmpty() ? words.text("changed.nothing") : String.join(", ", changed));
        } else if (event instanceof PersonMarkedAsOfficial e) {
            what = words.text("event.personMarkedAsOfficial", e.office());
        } else if (event instanceof PersonLanguageChosen e) {
            what = words.text("event.personLanguageChosen", e.language());
        } else if (event instanceof PersonErased e) {
            what = words.text("event.personErased");
            details.add("detail.reason", e.reason());
        } else if (event instanceof UnreadableEvent e) {
            what = words.text("event.unreadable", Long.toString(e.position()),
                    e.simpleType() == null ? words.text("unknown.event") : e.simpleType());
            details.add("detail.payloadType", e.payloadType() == null ? null
                    : e.payloadType() + (e.payloadRevision() == null ? "" : " (revision " + e.payloadRevision() + ")"));
            details.add("detail.eventId", e.eventId());
            details.add("detail.cause", e.reason());
            details.line("detail.unreadable");
        } else {
            what = words.text("event.other",
                    event == null ? words.text("unknown.event") : event.getClass().getSimpleName());
        }
        return new Description(what, details.lines);
    }

    /** Remembers what later events may name, without telling this one (an event outside the history's scope). */
    void learn(Object event) {
        if (event instanceof MeetingScheduled e) {
            meetingBody = e.bodyId();
            meetingStart = e.start();
        } else if (event instanceof MeetingRescheduled e) {
            meetingStart = e.start();
        } else if (event instanceof AgendaItemAdded e) {
            itemTitles.put(e.itemId(), e.title());
            presenters.put(e.itemId(), e.presenterId());
        } else if (event instanceof AgendaItemPresenterChanged e) {
            presenters.put(e.itemId(), e.presenterId());
        } else if (event instanceof AgendaItemAmended e && hasText(e.title())) {
            itemTitles.put(e.itemId(), e.title());
        } else if (event instanceof DecisionRecorded e) {
            decisionTexts.put(e.decisionId(), e.text());
        } else if (event instanceof BodyEstablished e) {
            bodyNames.put(e.bodyId(), e.name());
        } else if (event instanceof PersonRegistered registered) {
            personDetails.put(registered.personId(), revealed(registered));
        } else if (event instanceof PersonDetailsChanged e) {
            personDetails.put(e.personId(), revealed(e));
        }
    }

    private String item(AgendaItemId itemId) {
        return words.quoted(itemTitles.get(itemId), words.unknownItem());
    }

    private String titleOf(AgendaItemId itemId) {
        String title = itemTitles.get(itemId);
        return hasText(title) ? title : words.unknownItem();
    }

    private String decision(DecisionId decisionId) {
        return words.quoted(decisionTexts.get(decisionId), words.unknownDecision());
    }

    private PersonDetailsChanged revealed(PersonRegistered e) {
        return revealed(new PersonDetailsChanged(e.personId(), e.name(), e.email(), e.phone(), e.organisation()));
    }

    /** The event's personal data as read through the port: an erased person's name in this language, no contacts. */
    private PersonDetailsChanged revealed(PersonDetailsChanged e) {
        PersonId id = e.personId();
        String name = reveal(id, e.name());
        if (name == null) {
            return new PersonDetailsChanged(id, words.erasedPerson(), null, null, e.organisation());
        }
        return new PersonDetailsChanged(id, name, reveal(id, e.email()), reveal(id, e.phone()), e.organisation());
    }

    private String reveal(PersonId person, String stored) {
        if (personalData != null) {
            return personalData.reveal(person, stored).orElse(null);
        }
        return stored == null || PersonalData.isSealed(stored) ? null : stored;
    }

    /**
     * A remark's text as its author wrote it, through the port; null once the author was erased (plaintext of an old
     * event included: the names read the author as erased).
     */
    private String remarkText(RemarkRecorded e) {
        if (PersonView.ERASED_NAME.equals(names.personName(e.personId()))) {
            return null;
        }
        return reveal(e.personId(), e.text());
    }

    private String person(PersonId personId) {
        return words.orUnknownPerson(names.personName(personId));
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }

    /** "5 for, 1 imod, 2 undlod at stemme" ("5 for, 1 against, 2 abstained"); null when no vote was taken. */
    private String votes(DecisionRecorded decision) {
        List<String> parts = new ArrayList<>();
        if (decision.votesFor() != null) {
            parts.add(words.text("votes.for", decision.votesFor().toString()));
        }
        if (decision.votesAgainst() != null) {
            parts.add(words.text("votes.against", decision.votesAgainst().toString()));
        }
        if (decision.abstentions() != null) {
            parts.add(words.text("votes.abstentions", decision.abstentions().toString()));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** Detail lines "Label: value" with the label's key; a line without a value is left out. */
    private static final class Lines {
        private final HistoryWords words;
        private final List<String> lines = new ArrayList<>();

        Lines(HistoryWords words) {
            this.words = words;
        }

        void add(String labelKey, String value) {
            if (hasText(value)) {
                lines.add(words.text(labelKey) + ": " + value);
            }
        }

        /** A line of its own, the text of {@code key}. */
        void line(String key) {
            lines.add(words.text(key));
        }

        void addFirst(String labelKey, String value) {
            lines.add(0, words.text(labelKey) + ": " + value);
        }
    }
}
