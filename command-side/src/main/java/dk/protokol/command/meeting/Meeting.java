package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AcceptReferredCase;
import dk.protokol.events.command.meeting.AddAgendaItem;
import dk.protokol.events.command.meeting.AddAttachment;
import dk.protokol.events.command.meeting.AddJointBody;
import dk.protokol.events.command.meeting.AttachmentFile;
import dk.protokol.events.command.meeting.AgreeAction;
import dk.protokol.events.command.meeting.AmendAgendaItem;
import dk.protokol.events.command.meeting.AnswerMinutesComment;
import dk.protokol.events.command.meeting.ApproveMinutes;
import dk.protokol.events.command.meeting.ApproveMinutesTacitly;
import dk.protokol.events.command.meeting.CommentOnMinutes;
import dk.protokol.events.command.meeting.ChooseChairOfTheDay;
import dk.protokol.events.command.meeting.NameMinuteTaker;
import dk.protokol.events.command.meeting.CancelMeeting;
import dk.protokol.events.command.meeting.CirculateMinutes;
import dk.protokol.events.command.meeting.CloseMeeting;
import dk.protokol.events.command.meeting.CorrectMinutes;
import dk.protokol.events.command.meeting.DeclareConflictOfInterest;
import dk.protokol.events.command.meeting.OpenMeeting;
import dk.protokol.events.command.meeting.PublishAgenda;
import dk.protokol.events.command.meeting.RecordAttendance;
import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.command.meeting.RecordItemNotes;
import dk.protokol.events.command.meeting.RecordRemark;
import dk.protokol.events.command.meeting.ReferCase;
import dk.protokol.events.command.meeting.ReorderAgenda;
import dk.protokol.events.command.meeting.RescheduleMeeting;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.command.meeting.WithdrawAgendaItem;
import dk.protokol.events.command.meeting.WithdrawAttachment;
import dk.protokol.events.command.meeting.WithdrawJointBody;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.protokol.command.body.KnownBody;
import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.AttachmentAdded;
import dk.protokol.events.meeting.AttachmentWithdrawn;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.ChairOfTheDayChosen;
import dk.protokol.events.meeting.MinuteTakerNamed;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.JointBodyAdded;
import dk.protokol.events.meeting.JointBodyWithdrawn;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCommentAnswered;
import dk.protokol.events.meeting.MinutesCommentMade;
import dk.protokol.events.meeting.ObjectionPeriodStarted;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.MinutesCorrected;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.personal.PersonalData;
import dk.protokol.events.ids.CommentId;
import dk.protokol.command.body.ObjectionPolicy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static dk.protokol.command.common.DomainRule.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A meeting of a body and its minutes. Its life: scheduled, agenda published (sent out), open, closed, minutes
 * circulated, minutes approved (locked); or cancelled before it opens. What may be recorded when:
 * <ul>
 *   <li>agenda (add, amend, withdraw, reorder): until the meeting closes;</li>
 *   <li>attendance: until the minutes are approved (apologies come in beforehand, comments on the circulated
 *   minutes may correct who was there);</li>
 *   <li>conflicts of interest: until the minutes are circulated;</li>
 *   <li>notes: from opening until approval (comments on the circulated minutes are worked in);</li>
 *   <li>decisions, actions, referrals: while open, and after closing as late entries until circulation;</li>
 *   <li>remarks on a decision: until approval;</li>
 *   <li>after approval nothing changes but a recorded correction.</li>
 * </ul>
 * Facts beyond the meeting (the body, its members and their roles on the meeting's day, its quorum, other
 * meetings) come from the command side's own lookups, passed in by Axon.
 * <p>
 * A meeting may be held jointly (fællesmøde) by other bodies besides the one that called it ({@code jointBodies},
 * settled before it opens): the members of every body holding it attend as members (a person in several takes the
 * weightiest role), each body must be quorate by its own members for a decision, the chair of any of them approves,
 * and a chair for the day or minute-taker may come from any of them.
 */
@Aggregate(snapshotTriggerDefinition = "protokolSnapshotTrigger")
// Revision 2: agenda items know their presenter. Axon passes over snapshots of another revision (revision 1 was
// written without the annotation) and replays the meeting's events instead, so no item comes back without one.
// Revision 5: agenda items know their bilag; the objection period and the comments on circulated minutes.
@Revision("5")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // snapshots are written by Jackson; no getters
class Meeting {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    static final String STANDING_ITEM_TITLE = "Godkendelse af dagsorden og referat";

    @AggregateIdentifier
    private MeetingId meetingId;
    private BodyId bodyId;
    private LocalDateTime start;
    private MeetingStatus status;
    /** In agenda order; a withdrawn item keeps its place until a new order puts it last. */
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private List<AgendaItem> agenda = new ArrayList<>();
    /** The latest record per person, in the order people were first recorded. */
    private List<Attendance> attendance = new ArrayList<>();
    private PersonId chairOfTheDay;
    private PersonId minuteTaker;
    /** Bodies holding the meeting together with {@code bodyId}, in the order they were added. */
    private List<BodyId> jointBodies = new ArrayList<>();
    /** When the objection period of the circulated minutes ends; null before circulation or when none was started. */
    private Instant objectionEndsAt;
    private boolean tacitApproval;
    /** Comments on the circulated minutes, in the order made, and those the secretary has answered. */
    private List<CommentId> comments = new ArrayList<>();
    private List<CommentId> answeredComments = new ArrayList<>();

    Meeting() {
        // for Axon and for snapshots
    }

    @CommandHandler
    Meeting(ScheduleMeeting command, OrganisationLookup organisation) {
        KnownBody body = organisation.existingBody(command.bodyId(), "bodyId");
        checkTimeAndPlace(body, command.start(), command.expectedEnd(), command.location());
        apply(new MeetingScheduled(command.meetingId(), command.bodyId(), command.start(), command.expectedEnd(),
                command.location().strip(), command.kind()));
        apply(new AgendaItemAdded(command.meetingId(), command.standingItemId(), STANDING_ITEM_TITLE,
                AgendaItemKind.DECISION, null, null, true));
    }

    @CommandHandler
    void handle(RescheduleMeeting command, OrganisationLookup organisation) {
        check(new CancelledMeetingTakesNoRecording(status));
        check(new RescheduleOnlyBeforeTheMeetingOpens(status));
        KnownBody body = organisation.existingBody(bodyId, "bodyId");
        checkTimeAndPlace(body, command.start(), command.expectedEnd(), command.location());
        for (BodyId joint : jointBodies) {
            checkTimeAndPlace(organisation.existingBody(joint, "bodyId"), command.start(), command.expectedEnd(),
                    command.location());
        }
        apply(new MeetingRescheduled(meetingId, command.start(), command.expectedEnd(), command.location().strip()));
    }

    @CommandHandler
    void handle(CancelMeeting command) {
        check(new CancelledMeetingTakesNoRecording(status));
        check(new CancelOnlyBeforeTheMeetingOpens(status));
        apply(new MeetingCancelled(meetingId, command.reason().strip()));
    }

    // ---- a fællesmøde: the bodies holding the meeting

    @CommandHandler
    void handle(AddJointBody command, OrganisationLookup organisation) {
        check(new CancelledMeetingTakesNoRecording(status));
        check(new JointBodiesOnlyBeforeTheMeetingOpens(status));
        KnownBody body = organisation.existingBody(command.bodyId(), "bodyId");
        check(new JointBodyIsAnotherBody(bodyId, jointBodies, body.id()));
        check(new NoMeetingsBeforeTheBodyIsEstablished(body.establishedOn(), meetingDate(), "bodyId"));
        check(new NoMeetingsOfADissolvedBody(body.dissolvedOn(), meetingDate()));
        apply(new JointBodyAdded(meetingId, body.id()));
    }

    @CommandHandler
    void handle(WithdrawJointBody command) {
        check(new CancelledMeetingTakesNoRecording(status));
        check(new JointBodiesOnlyBeforeTheMeetingOpens(status));
        check(new OnlyAJointBodyIsWithdrawn(bodyId, jointBodies, command.bodyId()));
        apply(new JointBodyWithdrawn(meetingId, command.bodyId()));
    }

    // ---- the agenda

    @CommandHandler
    void handle(AddAgendaItem command, OrganisationLookup organisation) {
        checkAgendaMayChange();
        if (command.presenterId() != null) {
            organisation.requirePerson(command.presenterId(), "presenterId");
        }
        apply(new AgendaItemAdded(meetingId, command.itemId(), command.title().strip(), command.kind(),
                blankToNull(command.description()), command.presenterId(), false));
    }

    /**
     * A case referred here from another body becomes an item of this meeting: the title it had there (unless the
     * secretary gives another), the referral's text as its description, for decision unless said otherwise.
     */
    @CommandHandler
    void handle(AcceptReferredCase command, ReferralLookup referrals, MeetingLookup meetings) {
        checkAgendaMayChange();
        KnownReferral referral = referrals.existingReferral(command.referralId(), "referralId");
        check(new ReferralBelongsToAnotherBody(referral.targetBodyId(), bodies()));
        check(new ReferralAcceptedOnlyOnce(referral.acceptedAtMeetingId(), referral.isAccepted()
                ? meetings.dayOf(referral.acceptedAtMeetingId()).orElse(null) : null));
        String title = command.title() == null || command.title().isBlank() ? referral.fromItemTitle()
                : command.title();
        check(new TextIsRequired(title, "Punktets titel"));
        AgendaItemKind kind = command.kind() == null ? AgendaItemKind.DECISION : command.kind();
        apply(new AgendaItemAdded(meetingId, command.itemId(), title.strip(), kind, blankToNull(referral.note()),
                null, false));
        apply(new ReferredCaseAccepted(meetingId, command.itemId(), referral.id(), referral.fromBodyId(),
                referral.fromMeetingId(), referral.fromItemId()));
    }

    /**
     * Title, kind and description change by {@link AgendaItemAmended}, the presenter by
     * {@link AgendaItemPresenterChanged}: each event only when what it carries changes.
     */
    @CommandHandler
    void handle(AmendAgendaItem command, OrganisationLookup organisation) {
        checkAgendaMayChange();
        AgendaItem item = item(command.itemId(), "itemId");
        item.checkStillOnTheAgenda();
        String title = command.title() == null ? item.title() : command.title();
        AgendaItemKind kind = command.kind() == null ? item.kind() : command.kind();
        String description = command.description() == null ? item.description() : blankToNull(command.description());
        check(new DecidedItemStaysADecisionItem(item.hasDecisions(), kind));
        PersonId presenter = command.presenter() == null ? item.presenterId() : command.presenter().presenterId();
        boolean contentChanges = !title.strip().equals(item.title()) || kind != item.kind()
                || !Objects.equals(description, item.description());
        boolean presenterChanges = !Objects.equals(presenter, item.presenterId());
        check(new AmendmentMustChangeSomething(contentChanges || presenterChanges));
        if (presenterChanges && presenter != null) {
            organisation.requirePerson(presenter, "presenterId");
        }
        if (contentChanges) {
            apply(new AgendaItemAmended(meetingId, item.id(), title.strip(), kind, description));
        }
        if (presenterChanges) {
            apply(new AgendaItemPresenterChanged(meetingId, item.id(), presenter));
        }
    }

    @CommandHandler
    void handle(WithdrawAgendaItem command) {
        checkAgendaMayChange();
        AgendaItem item = item(command.itemId(), "itemId");
        item.checkStillOnTheAgenda();
        check(new StandingItemStaysOnTheAgenda(item.isStanding()));
        check(new ItemWithMinutesCannotBeWithdrawn(item.hasMinutes()));
        apply(new AgendaItemWithdrawn(meetingId, item.id(), command.reason().strip()));
    }

    @CommandHandler
    void handle(ReorderAgenda command) {
        checkAgendaMayChange();
        check(new ReorderListsEveryItemOnce(command.itemIds(), itemsOnTheAgenda()));
        apply(new AgendaReordered(meetingId, command.itemIds()));
    }

    @CommandHandler
    void handle(PublishAgenda command) {
        check(new CancelledMeetingTakesNoRecording(status));
        check(new AgendaPublishedOnlyBeforeTheMeetingOpens(status));
        apply(new AgendaPublished(meetingId));
    }

    // ---- bilag

    /**
     * A bilag on an item (under one of its decisions when named): until the minutes are approved, not on a withdrawn
     * item. The bytes are stored after the rules passed and before the event is applied, in the command's
     * transaction: a refused command stores nothing, and no event names bytes that are not stored.
     */
    @CommandHandler
    void handle(AddAttachment command, AttachmentStore store) {
        checkMinutesMayChange();
        AgendaItem item = item(command.itemId(), "itemId");
        item.checkStillOnTheAgenda();
        if (command.decisionId() != null) {
            check(new AttachedDecisionIsOnTheSameItem(itemWithDecision(command.decisionId()).id(), item.id()));
        }
        AttachmentFile file = command.file();
        store.storeIfAbsent(file.sha256(), file.contentType(), file.content());
        apply(new AttachmentAdded(meetingId, item.id(), command.attachmentId(), command.decisionId(),
                file.fileName(), file.contentType(), file.size(), file.sha256(), command.visibleToPublic()));
    }

    /** A bilag withdrawn (once) keeps its number and its place in the history; not after approval. */
    @CommandHandler
    void handle(WithdrawAttachment command) {
        checkMinutesMayChange();
        AgendaItem item = item(command.itemId(), "itemId");
        if (!item.hasAttachment(command.attachmentId())) {
            throw new UnknownReference("attachmentId", "Bilaget findes ikke under punktet: " + command.attachmentId());
        }
        check(new AttachmentWithdrawnOnlyOnce(item.isAttachmentWithdrawn(command.attachmentId())));
        apply(new AttachmentWithdrawn(meetingId, item.id(), command.attachmentId(), command.reason().strip()));
    }

    // ---- who attends

    @CommandHandler
    void handle(RecordAttendance command, OrganisationLookup organisation) {
        checkMinutesMayChange();
        organisation.requirePerson(command.personId(), "personId");
        check(new ErasedPersonDoesNotAttend(organisation.personErased(command.personId())));
        if (command.substituteFor() != null) {
            organisation.requirePerson(command.substituteFor(), "substituteFor");
        }
        int from = positionOf(command.fromItemId(), "fromItemId");
        int to = positionOf(command.toItemId(), "toItemId");
        Map<PersonId, MemberRole> members = membersOn(organisation, meetingDate());
        check(new AttendanceOnlyForMembersSubstitutesOrGuests(command.status(), members.get(command.personId()),
                command.substituteFor(), command.substituteFor() == null ? null : members.get(command.substituteFor()),
                meetingDate()));
        check(new PartialAttendanceFollowsTheAgenda(command.status(), from, to));
        apply(new AttendanceRecorded(meetingId, command.personId(), command.status(), command.substituteFor(),
                command.fromItemId(), command.toItemId(), blankToNull(command.note())));
    }

    @CommandHandler
    void handle(DeclareConflictOfInterest command, OrganisationLookup organisation) {
        checkMinutesMayChange();
        check(new ConflictsOnlyBeforeCirculation(status));
        AgendaItem item = item(command.itemId(), "itemId");
        item.checkStillOnTheAgenda();
        organisation.requirePerson(command.personId(), "personId");
        check(new ConflictOnlyForMembers(roleOn(organisation, command.personId(), meetingDate()),
                meetingDate()));
        check(new ConflictDeclaredOnlyOnce(item.isConflicted(command.personId())));
        apply(new ConflictOfInterestDeclared(meetingId, item.id(), command.personId(), blankToNull(command.note())));
    }

    // ---- the meeting itself

    @CommandHandler
    void handle(OpenMeeting command) {
        check(new CancelledMeetingTakesNoRecording(status));
        check(new MeetingOpensOnlyWithPublishedAgenda(status));
        check(new MeetingOpensOnlyOnce(status));
        apply(new MeetingOpened(meetingId));
    }

    @CommandHandler
    void handle(RecordItemNotes command) {
        checkMinutesMayChange();
        check(new NotesOnlyOnceTheMeetingHasOpened(status));
        AgendaItem item = item(command.itemId(), "itemId");
        item.checkStillOnTheAgenda();
        apply(new ItemNotesRecorded(meetingId, item.id(), command.text().strip()));
    }

    @CommandHandler
    void handle(RecordDecision command, OrganisationLookup organisation) {
        checkMinutesMayChange();
        DecisionsOnlyWhileOpenOrBeforeCirculation timing = new DecisionsOnlyWhileOpenOrBeforeCirculation(status);
        check(timing);
        AgendaItem item = item(command.itemId(), "itemId");
        item.checkStillOnTheAgenda();
        check(new DecisionsOnlyOnDecisionItems(item.kind()));
        Set<PersonId> allVoters = new LinkedHashSet<>();
        for (BodyId body : bodies()) {
            Set<PersonId> voters = votersAt(item, organisation.membersOn(body, meetingDate()));
            allVoters.addAll(voters);
            int conflicted = (int) voters.stream().filter(item::isConflicted).count();
            organisation.existingBody(body, "bodyId");
            Integer quorum = organisation.quorumOn(body, meetingDate()).orElse(null);
            check(new QuorumRequired(quorum, voters.size() - conflicted, conflicted, command.outcome(),
                    !body.equals(bodyId)));
        }
        if (command.votesFor() != null || command.votesAgainst() != null || command.abstentions() != null) {
            int cast = zeroIfNull(command.votesFor()) + zeroIfNull(command.votesAgainst())
                    + zeroIfNull(command.abstentions());
            int conflicted = (int) allVoters.stream().filter(item::isConflicted).count();
            check(new ConflictedMemberDoesNotVote(cast, allVoters.size() - conflicted, conflicted));
        }
        apply(new DecisionRecorded(meetingId, item.id(), command.decisionId(), command.text().strip(),
                command.outcome(), blankToNull(command.recommendation()), command.votesFor(),
                command.votesAgainst(), command.abstentions(), timing.isLateEntry()));
    }

    @CommandHandler
    void handle(RecordRemark command, OrganisationLookup organisation, PersonalData personalData) {
        checkMinutesMayChange();
        AgendaItem item = itemWithDecision(command.decisionId());
        organisation.requirePerson(command.personId(), "personId");
        check(new ErasedPersonHasNoRemarkRecorded(organisation.personErased(command.personId())));
        MemberRole role = roleOn(organisation, command.personId(), meetingDate());
        boolean present = presentAt(item).stream().anyMatch(a -> a.personId().equals(command.personId()));
        check(new RemarksOnlyFromMembersPresent(role, present));
        // the author's own words, which may name them: sealed under their key, as their name is (issue 11)
        apply(new RemarkRecorded(meetingId, command.decisionId(), command.personId(),
                personalData.seal(command.personId(), command.text().strip())));
    }

    @CommandHandler
    void handle(AgreeAction command, OrganisationLookup organisation) {
        checkMinutesMayChange();
        check(new FollowUpOnlyWhileOpenOrBeforeCirculation(status));
        AgendaItem item = item(command.itemId(), "itemId");
        item.checkStillOnTheAgenda();
        organisation.requirePerson(command.ownerId(), "ownerId");
        check(new DueDateNotBeforeTheMeeting(command.dueDate(), meetingDate()));
        if (command.decisionId() != null) {
            check(new ActionFollowsADecisionOnTheSameItem(itemWithDecision(command.decisionId()).id(), item.id()));
        }
        apply(new ActionAgreed(meetingId, item.id(), command.actionId(), command.description().strip(),
                command.ownerId(), command.dueDate(), command.decisionId()));
    }

    @CommandHandler
    void handle(ReferCase command, OrganisationLookup organisation) {
        checkMinutesMayChange();
        check(new FollowUpOnlyWhileOpenOrBeforeCirculation(status));
        AgendaItem item = item(command.itemId(), "itemId");
        item.checkStillOnTheAgenda();
        KnownBody target = organisation.existingBody(command.targetBodyId(), "targetBodyId");
        check(new ReferralToAnotherBody(bodies(), target.id()));
        check(new NoReferralToADissolvedBody(target.dissolvedOn()));
        apply(new CaseReferred(meetingId, item.id(), command.referralId(), target.id(), command.note().strip()));
    }

    @CommandHandler
    void handle(CloseMeeting command) {
        check(new CancelledMeetingTakesNoRecording(status));
        check(new OnlyAnOpenMeetingCloses(status));
        apply(new MeetingClosed(meetingId));
    }

    // ---- the minutes

    @CommandHandler
    void handle(CirculateMinutes command, OrganisationLookup organisation) {
        check(new CancelledMeetingTakesNoRecording(status));
        check(new MinutesCirculatedOnlyAfterClose(status));
        check(new MinutesCirculatedOnlyOnce(status));
        apply(new MinutesCirculated(meetingId));
        // the setting of the body that called the meeting, as it stands now: a later change does not move this period
        ObjectionPolicy policy = organisation.objectionPolicy(bodyId);
        LocalDate lastDay = command.circulatedAt().atZone(COPENHAGEN).toLocalDate().plusDays(policy.objectionDays());
        apply(new ObjectionPeriodStarted(meetingId, policy.objectionDays(),
                lastDay.plusDays(1).atStartOfDay(COPENHAGEN).toInstant(), policy.tacitApproval()));
    }

    // ---- comments on the circulated minutes, and tacit approval

    @CommandHandler
    void handle(CommentOnMinutes command, OrganisationLookup organisation, PersonalData personalData) {
        check(new CommentsOnlyOnCirculatedMinutes(status));
        check(new CommentsOnlyWithinTheObjectionPeriod(objectionEndsAt, command.madeAt()));
        if (command.itemId() != null) {
            item(command.itemId(), "itemId");
        }
        organisation.requirePerson(command.authorId(), "authorId");
        check(new ErasedPersonMakesNoComment(organisation.personErased(command.authorId())));
        boolean member = roleOn(organisation, command.authorId(), meetingDate()) != null;
        LocalDate today = command.madeAt().atZone(COPENHAGEN).toLocalDate();
        boolean secretariat = bodies().stream().flatMap(body -> organisation.servedBy(body).stream())
                .anyMatch(serving -> organisation.roleOn(serving, command.authorId(), today).isPresent());
        check(new CommentsFromMembersAndTheSecretariat(member, secretariat));
        // the author's own words: sealed under their key, as a remark is
        apply(new MinutesCommentMade(meetingId, command.commentId(), command.itemId(), command.authorId(),
                personalData.seal(command.authorId(), command.text().strip())));
    }

    @CommandHandler
    void handle(AnswerMinutesComment command) {
        if (!comments.contains(command.commentId())) {
            throw new UnknownReference("commentId", "Bemærkningen findes ikke til dette referat: "
                    + command.commentId());
        }
        check(new AnswersOnlyBeforeApproval(status));
        check(new CommentAnsweredOnlyOnce(answeredComments.contains(command.commentId())));
        apply(new MinutesCommentAnswered(meetingId, command.commentId(), command.resolution(),
                command.text().strip()));
    }

    @CommandHandler
    void handle(ApproveMinutesTacitly command) {
        check(new CancelledMeetingTakesNoRecording(status));
        check(new MinutesApprovedOnlyOnce(status));
        check(new MinutesApprovedOnlyAfterCirculation(status));
        check(new TacitApprovalOnlyWhereTheBodyApprovesTacitly(tacitApproval));
        check(new TacitApprovalOnlyAfterTheObjectionPeriod(objectionEndsAt, command.at()));
        check(new NoTacitApprovalWhileAnObjectionIsOpen(comments.size() - answeredComments.size()));
        apply(new MinutesApproved(meetingId, null, null, MinutesApproved.TACIT_APPROVAL));
    }

    /** The chair for the day: a voting member present; chosen again, the later choice holds. */
    @CommandHandler
    void handle(ChooseChairOfTheDay command, OrganisationLookup organisation) {
        checkMinutesMayChange();
        organisation.requirePerson(command.personId(), "personId");
        check(new ChairOfTheDayIsAVotingMemberPresent(roleOn(organisation, command.personId(), meetingDate()),
                attendance.stream().anyMatch(a -> a.personId().equals(command.personId()) && a.isPresent()),
                meetingDate()));
        if (!command.personId().equals(chairOfTheDay)) {
            apply(new ChairOfTheDayChosen(meetingId, command.personId()));
        }
    }

    /** The minute-taker: the body's secretary or a person of a body that serves it; named again, the later holds. */
    @CommandHandler
    void handle(NameMinuteTaker command, OrganisationLookup organisation) {
        checkMinutesMayChange();
        organisation.requirePerson(command.personId(), "personId");
        LocalDate day = meetingDate();
        check(new MinuteTakerRecordsForTheBody(
                bodies().stream().anyMatch(body -> organisation.roleOn(body, command.personId(), day)
                        .filter(role -> role == MemberRole.SECRETARY).isPresent()),
                bodies().stream().flatMap(body -> organisation.servedBy(body).stream())
                        .anyMatch(server -> organisation.roleOn(server, command.personId(), day).isPresent()),
                day));
        if (!command.personId().equals(minuteTaker)) {
            apply(new MinuteTakerNamed(meetingId, command.personId()));
        }
    }

    @CommandHandler
    void handle(ApproveMinutes command, OrganisationLookup organisation, MeetingLookup meetings) {
        check(new CancelledMeetingTakesNoRecording(status));
        check(new MinutesApprovedOnlyOnce(status));
        check(new MinutesApprovedOnlyAfterCirculation(status));
        MemberRole approversRole = roleOn(organisation, command.approvedBy(), command.approvedOn());
        boolean chairWasPresent = chairWasPresent(organisation);
        check(new OnlyTheChairApproves(approversRole, chairWasPresent, command.approvedOn()));
        check(new InTheChairsAbsenceTheChairOfTheDayOrViceChairApproves(approversRole, chairWasPresent,
                command.approvedBy().equals(chairOfTheDay), chairOfTheDay != null));
        if (command.atMeetingId() != null) {
            BodyId bodyOfAtMeeting = meetings.bodyOfExisting(command.atMeetingId(), "atMeetingId");
            check(new MinutesApprovedAtAnotherMeetingOfTheBody(meetingId, bodies(), command.atMeetingId(),
                    bodyOfAtMeeting));
        }
        apply(new MinutesApproved(meetingId, command.approvedBy(), command.atMeetingId()));
    }

    @CommandHandler
    void handle(CorrectMinutes command) {
        check(new CancelledMeetingTakesNoRecording(status));
        check(new CorrectionsOnlyToApprovedMinutes(status));
        if (command.itemId() != null) {
            item(command.itemId(), "itemId");
        }
        apply(new MinutesCorrected(meetingId, command.correctionId(), command.itemId(), command.text().strip(),
                command.reason().strip()));
    }

    // ---- state

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        meetingId = event.meetingId();
        bodyId = event.bodyId();
        start = event.start();
        status = MeetingStatus.SCHEDULED;
    }

    @EventSourcingHandler
    void on(JointBodyAdded event) {
        jointBodies.add(event.bodyId());
    }

    @EventSourcingHandler
    void on(JointBodyWithdrawn event) {
        jointBodies.remove(event.bodyId());
    }

    @EventSourcingHandler
    void on(MeetingRescheduled event) {
        start = event.start();
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        status = MeetingStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(AgendaItemAdded event) {
        agenda.add(new AgendaItem(event));
    }

    @EventSourcingHandler
    void on(AgendaReordered event) {
        List<AgendaItem> reordered = new ArrayList<>();
        event.itemIds().forEach(id -> findItem(id).ifPresent(reordered::add));
        agenda.stream().filter(item -> !event.itemIds().contains(item.id())).forEach(reordered::add);
        agenda.clear();
        agenda.addAll(reordered);
    }

    @EventSourcingHandler
    void on(AgendaPublished event) {
        status = MeetingStatus.AGENDA_PUBLISHED;
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        Attendance recorded = Attendance.of(event);
        for (int i = 0; i < attendance.size(); i++) {
            if (attendance.get(i).personId().equals(event.personId())) {
                attendance.set(i, recorded);
                return;
            }
        }
        attendance.add(recorded);
    }

    @EventSourcingHandler
    void on(MeetingOpened event) {
        status = MeetingStatus.OPEN;
    }

    @EventSourcingHandler
    void on(MeetingClosed event) {
        status = MeetingStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(MinutesCirculated event) {
        status = MeetingStatus.MINUTES_CIRCULATED;
    }

    @EventSourcingHandler
    void on(ObjectionPeriodStarted event) {
        objectionEndsAt = event.endsAt();
        tacitApproval = event.tacitApproval();
    }

    @EventSourcingHandler
    void on(MinutesCommentMade event) {
        comments.add(event.commentId());
    }

    @EventSourcingHandler
    void on(MinutesCommentAnswered event) {
        answeredComments.add(event.commentId());
    }

    @EventSourcingHandler
    void on(MinuteTakerNamed event) {
        minuteTaker = event.personId();
    }

    @EventSourcingHandler
    void on(ChairOfTheDayChosen event) {
        chairOfTheDay = event.personId();
    }

    @EventSourcingHandler
    void on(MinutesApproved event) {
        status = MeetingStatus.MINUTES_APPROVED;
    }

    // ---- helpers

    private static void checkTimeAndPlace(KnownBody body, LocalDateTime start, LocalDateTime expectedEnd,
                                          String location) {
        check(new ExpectedEndAfterStart(start, expectedEnd));
        check(new NoMeetingsBeforeTheBodyIsEstablished(body.establishedOn(), start.toLocalDate()));
        check(new NoMeetingsOfADissolvedBody(body.dissolvedOn(), start.toLocalDate()));
    }

    /** Agenda changes: not on a cancelled meeting, not in approved minutes, not after the meeting closed. */
    private void checkAgendaMayChange() {
        checkMinutesMayChange();
        check(new NoAgendaChangeAfterClose(status));
    }

    /** Anything recorded in the minutes: not on a cancelled meeting, not once the minutes are approved. */
    private void checkMinutesMayChange() {
        check(new CancelledMeetingTakesNoRecording(status));
        check(new ApprovedMinutesNeverChange(status));
    }

    /** The body that called the meeting, then those holding it jointly. */
    private List<BodyId> bodies() {
        List<BodyId> bodies = new ArrayList<>(jointBodies.size() + 1);
        bodies.add(bodyId);
        bodies.addAll(jointBodies);
        return bodies;
    }

    /**
     * The members on the day of every body holding the meeting; a person sitting in several has the weightiest of
     * their roles (the order of {@link MemberRole}: chair first).
     */
    private Map<PersonId, MemberRole> membersOn(OrganisationLookup organisation, LocalDate day) {
        if (jointBodies.isEmpty()) {
            return organisation.membersOn(bodyId, day);
        }
        Map<PersonId, MemberRole> members = new LinkedHashMap<>();
        for (BodyId body : bodies()) {
            organisation.membersOn(body, day).forEach((person, role) -> members.merge(person, role,
                    (one, other) -> one.ordinal() <= other.ordinal() ? one : other));
        }
        return members;
    }

    /** The person's role on the day in the bodies holding the meeting (see {@link #membersOn}); null for none. */
    private MemberRole roleOn(OrganisationLookup organisation, PersonId person, LocalDate day) {
        return membersOn(organisation, day).get(person);
    }

    /**
     * Whether a chair on the meeting's day of a body holding it was recorded present at it (false when none of them
     * has one).
     */
    private boolean chairWasPresent(OrganisationLookup organisation) {
        return membersOn(organisation, meetingDate()).entrySet().stream()
                .filter(member -> member.getValue() == MemberRole.CHAIR)
                .anyMatch(chair -> attendance.stream()
                        .anyMatch(a -> a.personId().equals(chair.getKey()) && a.isPresent()));
    }

    private LocalDate meetingDate() {
        return start.toLocalDate();
    }

    private Optional<AgendaItem> findItem(AgendaItemId id) {
        return agenda.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /** @param field the command field that named the item, for the 404 */
    private AgendaItem item(AgendaItemId id, String field) {
        return findItem(id).orElseThrow(() -> new UnknownReference(field, "Punktet findes ikke på mødets dagsorden: "
                + id));
    }

    private AgendaItem itemWithDecision(DecisionId decision) {
        return agenda.stream().filter(item -> item.hasDecision(decision)).findFirst()
                .orElseThrow(() -> new UnknownReference("decisionId", "Beslutningen findes ikke på dette møde: "
                        + decision));
    }

    /** The item's place on the agenda, -1 for none; an id that names no item is a 404. */
    private int positionOf(AgendaItemId id, String field) {
        return id == null ? -1 : agenda.indexOf(item(id, field));
    }

    private List<AgendaItemId> itemsOnTheAgenda() {
        return agenda.stream().filter(item -> !item.isWithdrawn()).map(AgendaItem::id).toList();
    }

    /** Those recorded present who attended the item (partial attendance counts from its first to its last item). */
    private List<Attendance> presentAt(AgendaItem item) {
        int at = agenda.indexOf(item);
        return attendance.stream().filter(Attendance::isPresent).filter(a -> {
            int from = a.fromItemId() == null ? 0 : findItem(a.fromItemId()).map(agenda::indexOf).orElse(0);
            int to = a.toItemId() == null ? agenda.size() - 1
                    : findItem(a.toItemId()).map(agenda::indexOf).orElse(agenda.size() - 1);
            // a later reorder may have turned the range around; it still spans the same items
            return Math.min(from, to) <= at && at <= Math.max(from, to);
        }).toList();
    }

    /**
     * The voting members of one body present at the item: chair, vice-chair and members in their own right, and a
     * substitute standing in for one of them who is not present (one substitute per member); those conflicted on
     * the item included.
     */
    private Set<PersonId> votersAt(AgendaItem item, Map<PersonId, MemberRole> members) {
        List<Attendance> present = presentAt(item);
        Set<PersonId> voters = new LinkedHashSet<>();
        Set<PersonId> seatsFilled = new HashSet<>();
        for (Attendance a : present) {
            if (VotingMembers.isVoting(members.get(a.personId()))) {
                voters.add(a.personId());
                seatsFilled.add(a.personId());
            }
        }
        for (Attendance a : present) {
            if (a.substituteFor() != null && members.get(a.personId()) == MemberRole.SUBSTITUTE
                    && VotingMembers.isVoting(members.get(a.substituteFor())) && seatsFilled.add(a.substituteFor())) {
                voters.add(a.personId());
            }
        }
        return voters;
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
