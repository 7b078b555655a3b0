package dk.protokol.query.minutes;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.meeting.CommentResolution;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.MeetingKind;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.query.actions.FollowUp;
import dk.protokol.events.words.Words;
import dk.protokol.query.organisation.PersonRef;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The minutes of one meeting in the layout of a Danish referat: the header (body, date, place, times,
 * deltagere, afbud, fraværende, gæster, referent), the approval, then the agenda items in order with
 * their referat, indstilling, beslutninger, opfølgning, henvisninger, inhabilitet and rettelser, and the
 * standing follow-up of the actions of earlier meetings ({@code followUp}).
 * Names of people and bodies are resolved when the minutes are read, so an erased person shows as
 * erased. Meeting times are local Danish time (Europe/Copenhagen); {@code approvedAt} and
 * {@code recordedAt} are instants of recording. Lists are never null; absent values are null.
 *
 * @param status              where the meeting stands; {@code statusLabel} is its Danish word
 * @param cancelledReason     why the meeting was cancelled (aflyst), else null
 * @param present             deltagere, including substitutes and partial attendance
 * @param apologies           afbud
 * @param absent              fraværende uden afbud
 * @param guests              gæster
 * @param referent            who recorded the minutes (the secretary, from the events' metadata)
 * @param approvedAt          when the minutes were approved (godkendt), else null
 * @param approvedBy          who approved them (the chair)
 * @param approvedAtMeeting   the meeting under which they were approved, usually the next one
 * @param minutesApprovedHere earlier meetings whose minutes were approved at this meeting
 * @param agenda              the items in agenda order, withdrawn ones where they stood
 * @param followUp            the standing follow-up (opfølgning på tidligere beslutninger): the body's actions
 *                            agreed at earlier meetings and open on the meeting's date, with their progress as
 *                            of the meeting, read from the action view when the minutes are read (see
 *                            {@link dk.protokol.query.actions.FollowUps}); empty for a cancelled meeting
 * @param corrections         every recorded correction (rettelse), in recording order; those of an item
 *                            are also listed under the item, beside the original text
 * @param asOf                the recording instant the minutes are shown as of; null for the live view
 * @param chairOfTheDay       the meeting's chair for the day (mødeleder), if one was chosen
 * @param kind                ordinary, extraordinary, workshop, seminar or dialogue meeting
 * @param bodies              every body holding the meeting: the one that called it first, then those holding it
 *                            jointly (a fællesmøde), each with its members present and whether it was quorate
 */
public record MinutesView(MeetingId meetingId, BodyId bodyId, String bodyName, String organisation,
                          MeetingStatus status, String statusLabel, String cancelledReason,
                          LocalDateTime start, LocalDateTime expectedEnd, String location,
                          List<Attendee> present, List<Attendee> apologies, List<Attendee> absent,
                          List<Attendee> guests, PersonRef referent,
                          Instant approvedAt, PersonRef approvedBy, MeetingLink approvedAtMeeting,
                          List<MeetingLink> minutesApprovedHere,
                          List<Item> agenda, List<FollowUp> followUp, List<Correction> corrections,
                          Instant asOf, PersonRef chairOfTheDay, MeetingKind kind, List<HoldingBody> bodies,
                          CommentRound commentRound) {

    public MinutesView {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
        present = List.copyOf(present);
        apologies = List.copyOf(apologies);
        absent = List.copyOf(absent);
        guests = List.copyOf(guests);
        minutesApprovedHere = List.copyOf(minutesApprovedHere);
        agenda = List.copyOf(agenda);
        followUp = followUp == null ? List.of() : List.copyOf(followUp);
        corrections = List.copyOf(corrections);
        kind = kind == null ? MeetingKind.ORDINARY : kind;
    }

    /** Minutes without a comment round (the shape before issue 14). */
    public MinutesView(MeetingId meetingId, BodyId bodyId, String bodyName, String organisation,
                       MeetingStatus status, String statusLabel, String cancelledReason,
                       LocalDateTime start, LocalDateTime expectedEnd, String location,
                       List<Attendee> present, List<Attendee> apologies, List<Attendee> absent,
                       List<Attendee> guests, PersonRef referent,
                       Instant approvedAt, PersonRef approvedBy, MeetingLink approvedAtMeeting,
                       List<MeetingLink> minutesApprovedHere,
                       List<Item> agenda, List<FollowUp> followUp, List<Correction> corrections,
                       Instant asOf, PersonRef chairOfTheDay, MeetingKind kind, List<HoldingBody> bodies) {
        this(meetingId, bodyId, bodyName, organisation, status, statusLabel, cancelledReason, start, expectedEnd,
                location, present, apologies, absent, guests, referent, approvedAt, approvedBy, approvedAtMeeting,
                minutesApprovedHere, agenda, followUp, corrections, asOf, chairOfTheDay, kind, bodies, null);
    }

    /** Minutes without the bodies holding the meeting (the shape before {@code bodies}). */
    public MinutesView(MeetingId meetingId, BodyId bodyId, String bodyName, String organisation,
                       MeetingStatus status, String statusLabel, String cancelledReason,
                       LocalDateTime start, LocalDateTime expectedEnd, String location,
                       List<Attendee> present, List<Attendee> apologies, List<Attendee> absent,
                       List<Attendee> guests, PersonRef referent,
                       Instant approvedAt, PersonRef approvedBy, MeetingLink approvedAtMeeting,
                       List<MeetingLink> minutesApprovedHere,
                       List<Item> agenda, List<FollowUp> followUp, List<Correction> corrections,
                       Instant asOf, PersonRef chairOfTheDay, MeetingKind kind) {
        this(meetingId, bodyId, bodyName, organisation, status, statusLabel, cancelledReason, start, expectedEnd,
                location, present, apologies, absent, guests, referent, approvedAt, approvedBy, approvedAtMeeting,
                minutesApprovedHere, agenda, followUp, corrections, asOf, chairOfTheDay, kind, List.of());
    }

    /** Minutes of an ordinary meeting (the shape before {@code kind}). */
    public MinutesView(MeetingId meetingId, BodyId bodyId, String bodyName, String organisation,
                       MeetingStatus status, String statusLabel, String cancelledReason,
                       LocalDateTime start, LocalDateTime expectedEnd, String location,
                       List<Attendee> present, List<Attendee> apologies, List<Attendee> absent,
                       List<Attendee> guests, PersonRef referent,
                       Instant approvedAt, PersonRef approvedBy, MeetingLink approvedAtMeeting,
                       List<MeetingLink> minutesApprovedHere,
                       List<Item> agenda, List<FollowUp> followUp, List<Correction> corrections, Instant asOf,
                       PersonRef chairOfTheDay) {
        this(meetingId, bodyId, bodyName, organisation, status, statusLabel, cancelledReason, start, expectedEnd,
                location, present, apologies, absent, guests, referent, approvedAt, approvedBy, approvedAtMeeting,
                minutesApprovedHere, agenda, followUp, corrections, asOf, chairOfTheDay, MeetingKind.ORDINARY);
    }

    /** Minutes without a follow-up section (the shape before {@code followUp}). */
    public MinutesView(MeetingId meetingId, BodyId bodyId, String bodyName, String organisation,
                       MeetingStatus status, String statusLabel, String cancelledReason,
                       LocalDateTime start, LocalDateTime expectedEnd, String location,
                       List<Attendee> present, List<Attendee> apologies, List<Attendee> absent,
                       List<Attendee> guests, PersonRef referent,
                       Instant approvedAt, PersonRef approvedBy, MeetingLink approvedAtMeeting,
                       List<MeetingLink> minutesApprovedHere,
                       List<Item> agenda, List<Correction> corrections, Instant asOf) {
        this(meetingId, bodyId, bodyName, organisation, status, statusLabel, cancelledReason, start, expectedEnd,
                location, present, apologies, absent, guests, referent, approvedAt, approvedBy, approvedAtMeeting,
                minutesApprovedHere, agenda, List.of(), corrections, asOf, null);
    }

    /** Minutes without a chair for the day (the shape before {@code chairOfTheDay}). */
    public MinutesView(MeetingId meetingId, BodyId bodyId, String bodyName, String organisation,
                       MeetingStatus status, String statusLabel, String cancelledReason,
                       LocalDateTime start, LocalDateTime expectedEnd, String location,
                       List<Attendee> present, List<Attendee> apologies, List<Attendee> absent,
                       List<Attendee> guests, PersonRef referent,
                       Instant approvedAt, PersonRef approvedBy, MeetingLink approvedAtMeeting,
                       List<MeetingLink> minutesApprovedHere,
                       List<Item> agenda, List<FollowUp> followUp, List<Correction> corrections, Instant asOf) {
        this(meetingId, bodyId, bodyName, organisation, status, statusLabel, cancelledReason, start, expectedEnd,
                location, present, apologies, absent, guests, referent, approvedAt, approvedBy, approvedAtMeeting,
                minutesApprovedHere, agenda, followUp, corrections, asOf, null);
    }

    /** The same minutes with the given follow-up section. */
    public MinutesView withFollowUp(List<FollowUp> followUp) {
        return new MinutesView(meetingId, bodyId, bodyName, organisation, status, statusLabel, cancelledReason,
                start, expectedEnd, location, present, apologies, absent, guests, referent, approvedAt, approvedBy,
                approvedAtMeeting, minutesApprovedHere, agenda, followUp, corrections, asOf, chairOfTheDay, kind,
                bodies, commentRound);
    }

    /** The bilag marked public and not withdrawn, in agenda order: what a publishing body's public page shows. */
    public List<Attachment> publicAttachments() {
        return agenda.stream().flatMap(item -> item.attachments().stream())
                .filter(attachment -> attachment.visibleToPublic() && !attachment.withdrawn())
                .toList();
    }

    /** Whether the system approved the minutes because the objection period ended without objections. */
    public boolean tacitlyApproved() {
        return commentRound != null && commentRound.tacitlyApproved();
    }

    /** Whether other bodies hold the meeting with the one that called it (a fællesmøde). */
    public boolean joint() {
        return bodies.size() > 1;
    }

    /**
     * A body holding the meeting, with its members recorded present (substitutes standing in for its members
     * included) and, where it has a quorum on the meeting's day, whether as many voting members were present for
     * the whole meeting ({@code quorate} null without a quorum; partial attendance counts as present here, the
     * quorum of each decision is the command side's rule).
     *
     * @param calledTheMeeting the body the meeting was scheduled for; the others hold it jointly
     */
    public record HoldingBody(BodyId bodyId, String name, boolean calledTheMeeting, List<PersonRef> present,
                              int votingMembersPresent, Integer quorum, Boolean quorate) {

        public HoldingBody {
            present = List.copyOf(present);
        }
    }

    /**
     * One line of the attendance list. {@code representing} is what the person represents in the body
     * (from the membership), {@code substituteFor} the member a substitute stands in for;
     * {@code fromItem}/{@code toItem} are agenda item numbers of partial attendance (inclusive; null =
     * from the start / to the end).
     */
    public record Attendee(PersonId personId, String name, String representing, PersonRef substituteFor,
                           Integer fromItem, Integer toItem, String note) {
    }

    /** Another meeting, named so that a reader can follow the link. */
    public record MeetingLink(MeetingId meetingId, BodyId bodyId, String bodyName, LocalDateTime start) {
    }

    /**
     * One agenda item (punkt). {@code number} counts the items that are not withdrawn, from 1; a
     * withdrawn item has none. {@code kindLabel} is "til orientering", "til drøftelse" or "til
     * beslutning". {@code notes} is the referat (latest text), {@code recommendation} the indstilling
     * (the latest given with a decision). {@code corrections} are those recorded against this item.
     * {@code referredFrom}: the body, meeting and item a case referred here came from, else null.
     */
    public record Item(AgendaItemId itemId, Integer number, String title, AgendaItemKind kind, String kindLabel,
                       String description, PersonRef presenter, boolean standing,
                       boolean withdrawn, String withdrawnReason,
                       String notes, String recommendation, List<Decision> decisions, List<Action> actions,
                       List<Referral> referrals, List<Conflict> conflicts, List<Correction> corrections,
                       ReferredFrom referredFrom, List<Attachment> attachments) {

        public Item {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
            decisions = List.copyOf(decisions);
            actions = List.copyOf(actions);
            referrals = List.copyOf(referrals);
            conflicts = List.copyOf(conflicts);
            corrections = List.copyOf(corrections);
        }

        /** An item without bilag (the shape before {@code attachments}). */
        public Item(AgendaItemId itemId, Integer number, String title, AgendaItemKind kind, String kindLabel,
                    String description, PersonRef presenter, boolean standing,
                    boolean withdrawn, String withdrawnReason,
                    String notes, String recommendation, List<Decision> decisions, List<Action> actions,
                    List<Referral> referrals, List<Conflict> conflicts, List<Correction> corrections,
                    ReferredFrom referredFrom) {
            this(itemId, number, title, kind, kindLabel, description, presenter, standing, withdrawn,
                    withdrawnReason, notes, recommendation, decisions, actions, referrals, conflicts, corrections,
                    referredFrom, List.of());
        }

        /** An item that was not referred here from another body (the shape before {@code referredFrom}). */
        public Item(AgendaItemId itemId, Integer number, String title, AgendaItemKind kind, String kindLabel,
                    String description, PersonRef presenter, boolean standing,
                    boolean withdrawn, String withdrawnReason,
                    String notes, String recommendation, List<Decision> decisions, List<Action> actions,
                    List<Referral> referrals, List<Conflict> conflicts, List<Correction> corrections) {
            this(itemId, number, title, kind, kindLabel, description, presenter, standing, withdrawn,
                    withdrawnReason, notes, recommendation, decisions, actions, referrals, conflicts, corrections,
                    null);
        }
    }

    /**
     * A bilag of an item. {@code number} is "3.1" (the item's number, then the bilag's place among the item's bilag
     * in the order added, withdrawn ones included, so a reference in the minutes' text stays right); null under a
     * withdrawn item. {@code label} "Bilag 3.1". {@code sha256} is the hex SHA-256 of the bytes, {@code sha256Short}
     * its first 12 characters. {@code visibleToPublic}: may be shown on the body's public page.
     */
    public record Attachment(AttachmentId attachmentId, String number, String fileName, String contentType,
                             long size, String sha256, boolean visibleToPublic, DecisionId decisionId,
                             boolean withdrawn, String withdrawnReason) {

        public String label() {
            return number == null ? "Bilag" : "Bilag " + number;
        }

        public String sha256Short() {
            return sha256.substring(0, Math.min(12, sha256.length()));
        }

        /** The size for a reader: "830 B", "12,4 kB", "3,1 MB" (Danish decimal comma). */
        public String sizeLabel() {
            if (size < 1000) {
                return size + " B";
            }
            if (size < 1_000_000) {
                return String.format(java.util.Locale.forLanguageTag("da"), "%.1f kB", size / 1000.0);
            }
            return String.format(java.util.Locale.forLanguageTag("da"), "%.1f MB", size / 1_000_000.0);
        }

        /**
         * Where a reader downloads it from the pages or a mail: {@code /bilag/{id}}, signed in with the pages' session
         * (the API's {@code /api/attachments/{id}} takes credentials on every request and no session).
         */
        public String href() {
            return "/bilag/" + attachmentId;
        }
    }

    /** Where a case referred (henvist) to this body came from: the body, its meeting and item. */
    public record ReferredFrom(ReferralId referralId, BodyId fromBodyId, String fromBodyName,
                               MeetingId fromMeetingId, AgendaItemId fromItemId) {
    }

    /**
     * A decision (beslutning). {@code outcomeLabel}: vedtaget, forkastet, udsat, taget til efterretning.
     * {@code votes} is null when no vote was taken. {@code lateEntry}: recorded after the meeting closed.
     */
    public record Decision(DecisionId decisionId, String text, DecisionOutcome outcome, String outcomeLabel,
                           String recommendation, Votes votes, boolean lateEntry, List<Remark> remarks) {

        public Decision {
            remarks = List.copyOf(remarks);
        }
    }

    /** The count of a vote; a part not counted is null. */
    public record Votes(Integer votesFor, Integer votesAgainst, Integer abstentions) {
    }

    /**
     * A member's recorded remark on a decision (protokolbemærkning). {@code removed}: its author was erased, so its
     * text no longer reads; the remark keeps its place in the minutes with {@link #REMOVED} as its text (Danish, as
     * the minutes' other labels; a page in another language says it in its own words).
     */
    public record Remark(PersonRef person, String text, boolean removed) {

        /** The text of a remark whose author was erased: "Bemærkning fjernet: forfatteren er slettet". */
        public static final String REMOVED = Words.DANISH.word("remark.removed");

        public Remark(PersonRef person, String text) {
            this(person, text, false);
        }

        /** The remark of an erased author. */
        public static Remark removed(PersonRef person) {
            return new Remark(person, REMOVED, true);
        }
    }

    /** A follow-up (opfølgning): who does what by when, possibly under a decision. */
    public record Action(ActionId actionId, String description, PersonRef owner, LocalDate dueDate,
                         DecisionId decisionId) {
    }

    /** The item's case referred (henvist) to another body. */
    public record Referral(ReferralId referralId, BodyId targetBodyId, String targetBodyName, String note) {
    }

    /** A member conflicted (inhabil) on the item. */
    public record Conflict(PersonRef person, String note) {
    }

    /**
     * A recorded correction (rettelse) to approved minutes; the original text stays as it was.
     * {@code itemId}/{@code itemNumber} are null for a correction of the minutes as a whole.
     */
    public record Correction(CorrectionId correctionId, AgendaItemId itemId, Integer itemNumber, String text,
                             String reason, Instant recordedAt, PersonRef recordedBy) {
    }

    /**
     * The minutes out for comment (issue 14): the objection period started at circulation ({@code endsAt} null and
     * {@code objectionDays} 0 for minutes circulated before bodies had one), whether silence approves them, whether it
     * did ({@code tacitlyApproved}: approved by the system with the rule {@code TacitApprovalAfterObjectionPeriod}),
     * and the comments in the order made.
     */
    public record CommentRound(int objectionDays, Instant endsAt, boolean tacitApproval, boolean tacitlyApproved,
                               List<Comment> comments) {

        public CommentRound {
            comments = comments == null ? List.of() : List.copyOf(comments);
        }

        /** Comments the secretary has not answered: open objections. */
        public long open() {
            return comments.stream().filter(Comment::open).count();
        }
    }

    /**
     * A comment on circulated minutes, on an item ({@code itemNumber} as on the agenda) or on the minutes as a whole
     * ({@code itemId} null); its text revealed through the personal-data port ({@code removed} once the author was
     * erased); the secretary's answer once given.
     */
    public record Comment(CommentId commentId, AgendaItemId itemId, Integer itemNumber, PersonRef author, String text,
                          boolean removed, Instant madeAt, CommentResolution resolution, String answer,
                          Instant answeredAt, PersonRef answeredBy) {

        public boolean open() {
            return resolution == null;
        }
    }
}
