package dk.protokol.infra.eventstore;

import dk.protokol.events.action.ActionCancelled;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionDueDateChanged;
import dk.protokol.events.action.ActionAttachmentAdded;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.action.ActionProgressReported;
import dk.protokol.events.action.ActionReassigned;
import dk.protokol.events.action.ActionReopened;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AttachmentAdded;
import dk.protokol.events.meeting.AttachmentWithdrawn;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.ChairOfTheDayChosen;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.JointBodyAdded;
import dk.protokol.events.meeting.JointBodyWithdrawn;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingKind;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.MinuteTakerNamed;
import dk.protokol.events.meeting.CommentResolution;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCommentAnswered;
import dk.protokol.events.meeting.MinutesCommentMade;
import dk.protokol.events.meeting.ObjectionPeriodStarted;
import dk.protokol.events.organisation.MinutesPublicationChanged;
import dk.protokol.events.organisation.ObjectionPeriodChanged;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.MinutesCorrected;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.operations.DeadLettersEvicted;
import dk.protokol.events.operations.DeadLettersRetried;
import dk.protokol.events.operations.ViewsRebuildStarted;
import dk.protokol.events.mail.MailDelivered;
import dk.protokol.events.organisation.ApprovedMinutesOpened;
import dk.protokol.events.organisation.BodyCadenceChanged;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.BodyMandateChanged;
import dk.protokol.events.organisation.BodyQuorumChanged;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.BodyRelationEnded;
import dk.protokol.events.organisation.BodyRenamed;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonErased;
import dk.protokol.events.organisation.PersonLanguageChosen;
import dk.protokol.events.organisation.PersonMarkedAsOfficial;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.organisation.SuccessorBodyNamed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The golden corpus's events: for every event class and every revision the store can hold, the event its stored form
 * must read as today ({@link Entry#expected}), and what was serialised once to make that stored form
 * ({@link Entry#written}: the event itself while the class has that revision's shape, a record of the old shape for
 * an older one). Each entry names its revision, so bumping a class's {@code @Revision} leaves its entries as they
 * are. The stored forms themselves are frozen files under {@code golden-events/} (see {@link GoldenCorpus}); the
 * values here are invented (no real person), and each old revision's shape is copied from the class as it was in
 * git when that revision was current.
 * <p>A new revision of an event: add its entry here (and, if the class changed shape, fix the old entries' expected
 * events and give them a record of the old shape to be written from), then write its stored form once with
 * {@link GoldenCorpusGenerator}.
 */
final class GoldenEvents {

    /**
     * One stored form. {@code aggregateType} is what the store's {@code type} column holds for events of the class
     * (the aggregate's simple name).
     */
    record Entry(Class<?> type, String revision, String aggregateType, Object expected, Object written) {
        String payloadType() {
            return type.getName();
        }
    }

    // the values of the corpus, invented
    static final MeetingId MEETING = MeetingId.of("42259ca7-a8e0-4eab-93e9-42efe07697ad");
    static final MeetingId NEXT_MEETING = MeetingId.of("5926e436-6835-472d-9e24-c0dc73869dfd");
    static final BodyId BODY = BodyId.of("45fe2005-386f-4642-9c75-e3cc2e3e0927");
    static final BodyId OTHER_BODY = BodyId.of("8f2e69d6-afd6-4caf-a45f-351cfff2c4ed");
    static final BodyId PARENT_BODY = BodyId.of("8d090d6a-f364-4b4a-ab36-9d0bf61e9f22");
    static final PersonId PERSON = PersonId.of("3287ea7f-b83a-4394-905f-fd6ea405c524");
    static final PersonId OTHER_PERSON = PersonId.of("154d8a0a-bd91-4084-89f8-17fab8a87c75");
    static final PersonId THIRD_PERSON = PersonId.of("543dd408-ad83-4bb1-bcd9-f00ae08bb8ac");
    static final AgendaItemId ITEM = AgendaItemId.of("c30b24ae-bc11-47d5-a1ae-d0fc085dbe3e");
    static final AgendaItemId STANDING_ITEM = AgendaItemId.of("b6ad6b66-e37b-4c05-a209-655a8b204058");
    static final AgendaItemId NEXT_ITEM = AgendaItemId.of("bcf20fba-1d34-44c5-8447-228357091602");
    static final DecisionId DECISION = DecisionId.of("c01a5e7c-1068-4ca9-9e14-bcebdd77a504");
    static final AttachmentId ATTACHMENT = AttachmentId.of("8d3f6a2e-4b71-4c9e-a05d-2f7e91c4b3a8");
    static final ActionId ACTION = ActionId.of("a200080a-b557-459b-9c68-e0708bbcfba7");
    static final ReferralId REFERRAL = ReferralId.of("c6c264d5-283b-4999-a672-67896df040af");
    static final CorrectionId CORRECTION = CorrectionId.of("d14e48c5-d2a5-4909-9c73-1f5c11d616df");
    static final CommentId COMMENT = CommentId.of("5b0c7e3e-6f2a-4d8e-9b1c-3a7d2e9f4c61");
    /** A comment's text as the store holds it: sealed under its author's key (the key is not part of the corpus). */
    static final String SEALED_COMMENT = "pd1:q7Hc2vX9LmB4kTzR8wYpN3sJ6fUaE1dG5hK0oQiV2bMxZlCtS9rWnF4yA7eP3uDjHgKs"
            + "Lq8vT1cN6mB0xR5zW=";

    /**
     * The key {@link #PERSON}'s revision-2 values were sealed under (AES-256-GCM, the person's id as AAD, as infra's
     * {@code JdbcPersonalData} seals), made for the corpus only: the test puts it into {@code person_key} and reveals
     * the values through the port.
     */
    static final String PERSON_KEY = "5cHiRZJ4OLLpqtLnVl9Hl2vWmq+vPgh2UplKq8mn4Ls=";
    static final String NAME = "Rikke Damgaard-Holm";
    static final String SEALED_NAME = "pd1:J4YjWFqTC7YnzKrCFbZKEiivxFMMCSVrVQ6HI8s7XkHoBfiA6rBEzfS/9E63lOI=";
    static final String SEALED_EMAIL =
            "pd1:oP3HxsoUXjkqDX1hYrls6h5Ihisofaeo/0ppBrlr//qfQ4Mbfmc8joDqCRTKINQKhTOef0hh1eUN";
    static final String SEALED_PHONE = "pd1:BP971mFHrrMd9ZLJVKYKO4S46XAEdrAXDgiLwY5fHm7Qr045MMzH97eFZA==";
    static final String NEW_NAME = "Rikke Damgaard";
    /** A remark by {@link #PERSON}, sealed under the corpus key: "Jeg kan ikke støtte, at lokaletilskuddet falder." */
    static final String SEALED_REMARK = "pd1:V3uCRPH6zJ5PANKS47jLtRFDa+UmhxCDskjY5NVRZc/JeFkZGzARAe24cK2CYsRmx3EWPR6q"
            + "Sv51n7r8jWjlEGMHuY5Z2NJ4iSshrB8=";
    static final String SEALED_NEW_NAME = "pd1:IRgzMZtTj0oO2Tmech0TrMQJ5yvcpwOPlzNFFCmokAUyyrjhLjZgK8lz";
    static final String SEALED_NEW_EMAIL =
            "pd1:NakZmBKvJqYpS18kpjs0RKlIpu6bO7zLjtTVsY4VFVo68nqgh2uTKtWir30fSsZzkT3EpgNJqh1vMd3EHnFy";
    static final String SEALED_NEW_PHONE = "pd1:JDzBRUlVDN6oy4/O2lRLiJIGOgg+2xeZzXTWDBbn0V265k/gTwjw9i0uLw==";

    /** {@link MeetingScheduled} revision 1, before meetings had a kind (git: 6cd27d2). */
    record MeetingScheduledRevision1(MeetingId meetingId, BodyId bodyId, LocalDateTime start,
                                     LocalDateTime expectedEnd, String location) {
    }

    /** {@link MinutesApproved} revision 1: the chair's approval, before tacit approval named a rule (issue 14). */
    record MinutesApprovedRevision1(MeetingId meetingId, PersonId approvedBy, MeetingId atMeetingId) {
    }

    /** {@link RemarkRecorded} revision 1: the same fields, the text in plaintext (before issue 11's left-overs). */
    record RemarkRecordedRevision1(MeetingId meetingId, DecisionId decisionId, PersonId personId, String text) {
    }

    /** {@link BodyRelationDeclared} revision 1, a declaration without a date (git: f084b8d). */
    record BodyRelationDeclaredRevision1(BodyId bodyId, BodyId targetBodyId, RelationKind relation) {
    }

    /** {@link PersonRegistered} revision 1: the same fields, name, e-mail and phone in plaintext (git: f084b8d). */
    record PersonRegisteredRevision1(PersonId personId, String name, String email, String phone,
                                     String organisation) {
    }

    /** {@link PersonDetailsChanged} revision 1: the same fields, in plaintext (git: f084b8d). */
    record PersonDetailsChangedRevision1(PersonId personId, String name, String email, String phone,
                                         String organisation) {
    }

    private GoldenEvents() {
    }

    static List<Entry> all() {
        List<Entry> all = new ArrayList<>();
        all.addAll(meeting());
        all.addAll(body());
        all.addAll(person());
        all.addAll(action());
        all.addAll(operations());
        return all;
    }

    static Optional<Entry> find(String payloadType, String revision) {
        return all().stream()
                .filter(entry -> entry.payloadType().equals(payloadType) && entry.revision().equals(revision))
                .findFirst();
    }

    private static List<Entry> meeting() {
        LocalDateTime start = LocalDateTime.of(2026, 3, 10, 16, 30);
        LocalDateTime end = LocalDateTime.of(2026, 3, 10, 18, 30);
        return List.of(
                event("Meeting", "2", new MeetingScheduled(MEETING, BODY, start, end, "Kulturhuset, lokale 3",
                        MeetingKind.WORKSHOP)),
                old("Meeting", MeetingScheduled.class, "1",
                        new MeetingScheduled(MEETING, BODY, start, end, "Rådhuset, mødesal B", MeetingKind.ORDINARY),
                        new MeetingScheduledRevision1(MEETING, BODY, start, end, "Rådhuset, mødesal B")),
                event("Meeting", "1", new MeetingRescheduled(MEETING, start.plusDays(7), end.plusDays(7),
                        "Beboerhuset Nørremarken")),
                event("Meeting", "1", new MeetingCancelled(MEETING, "For få kan deltage i vinterferien")),
                event("Meeting", "1", new AgendaItemAdded(MEETING, ITEM, "Budget 2027 for kvarterets aktiviteter",
                        AgendaItemKind.DECISION, "Sekretariatet indstiller, at udvalget godkender budgettet.",
                        OTHER_PERSON, false)),
                event("Meeting", "1", new AgendaItemAmended(MEETING, ITEM, "Budget 2027: aktiviteter og lokaler",
                        AgendaItemKind.DISCUSSION, "Drøftelse af budgettet før beslutning i maj.")),
                event("Meeting", "1", new AgendaItemPresenterChanged(MEETING, ITEM, THIRD_PERSON)),
                event("Meeting", "1", new AgendaItemWithdrawn(MEETING, ITEM, "Sagen tages op på næste møde")),
                event("Meeting", "1", new AgendaReordered(MEETING, List.of(STANDING_ITEM, NEXT_ITEM, ITEM))),
                event("Meeting", "1", new AgendaPublished(MEETING)),
                event("Meeting", "1", new AttendanceRecorded(MEETING, THIRD_PERSON, AttendanceStatus.PRESENT,
                        OTHER_PERSON, ITEM, NEXT_ITEM, "Stedfortræder, gik efter punkt 3")),
                event("Meeting", "1", new ConflictOfInterestDeclared(MEETING, ITEM, OTHER_PERSON,
                        "Er selv ansøger til puljen")),
                event("Meeting", "1", new MeetingOpened(MEETING)),
                event("Meeting", "1", new ItemNotesRecorded(MEETING, ITEM,
                        "Sekretariatet gennemgik budgettet.\nUdvalget ønsker \"plan B\" belyst & prissat.")),
                event("Meeting", "1", new DecisionRecorded(MEETING, ITEM, DECISION,
                        "Budgettet godkendes med de aftalte ændringer.", DecisionOutcome.ADOPTED,
                        "Sekretariatet indstiller, at budgettet godkendes.", 5, 1, 2, false)),
                old("Meeting", RemarkRecorded.class, "1", new RemarkRecorded(MEETING, DECISION, OTHER_PERSON,
                        "Jeg kan ikke støtte, at lokaletilskuddet falder."),
                        new RemarkRecordedRevision1(MEETING, DECISION, OTHER_PERSON,
                                "Jeg kan ikke støtte, at lokaletilskuddet falder.")),
                event("Meeting", "2", new RemarkRecorded(MEETING, DECISION, PERSON, SEALED_REMARK)),
                event("Meeting", "1", new ActionAgreed(MEETING, ITEM, ACTION, "Indhente tilbud på leje af lokaler",
                        PERSON, LocalDate.of(2026, 4, 15), DECISION)),
                event("Meeting", "1", new CaseReferred(MEETING, ITEM, REFERRAL, OTHER_BODY,
                        "Til behandling i styregruppen")),
                event("Meeting", "1", new MeetingClosed(MEETING)),
                event("Meeting", "1", new MinutesCirculated(MEETING)),
                old("Meeting", MinutesApproved.class, "1", new MinutesApproved(MEETING, PERSON, NEXT_MEETING, null),
                        new MinutesApprovedRevision1(MEETING, PERSON, NEXT_MEETING)),
                event("Meeting", "2", new MinutesApproved(MEETING, null, null, MinutesApproved.TACIT_APPROVAL)),
                event("Meeting", "1", new ObjectionPeriodStarted(MEETING, 8, Instant.parse("2026-03-20T23:00:00Z"),
                        true)),
                event("Meeting", "1", new MinutesCommentMade(MEETING, COMMENT, ITEM, OTHER_PERSON, SEALED_COMMENT)),
                event("Meeting", "1", new MinutesCommentAnswered(MEETING, COMMENT, CommentResolution.CORRECTED,
                        "Udvalget ønsker en plan B belyst, før budgettet besluttes.")),
                event("Meeting", "1", new MinutesCorrected(MEETING, CORRECTION, ITEM,
                        "Stemmerne var 5 for, 1 imod og 2 undlod.", "Stemmetallet var skrevet forkert")),
                event("Meeting", "1", new ReferredCaseAccepted(NEXT_MEETING, NEXT_ITEM, REFERRAL, BODY, MEETING,
                        ITEM)),
                event("Meeting", "1", new ChairOfTheDayChosen(MEETING, THIRD_PERSON)),
                event("Meeting", "1", new MinuteTakerNamed(MEETING, OTHER_PERSON)),
                event("Meeting", "1", new JointBodyAdded(MEETING, OTHER_BODY)),
                event("Meeting", "1", new JointBodyWithdrawn(MEETING, OTHER_BODY)),
                event("Meeting", "1", new AttachmentAdded(MEETING, ITEM, ATTACHMENT, DECISION,
                        "Budget 2027 – udkast.pdf", "application/pdf", 48213,
                        "5f2b9c1e0d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c", true)),
                event("Meeting", "1", new AttachmentWithdrawn(MEETING, ITEM, ATTACHMENT, "Forkert version")));
    }

    private static List<Entry> body() {
        return List.of(
                event("Body", "1", new BodyEstablished(BODY, "Kvarterudvalget for Nørremarken", BodyKind.QUARTER_NETWORK,
                        "BolivVejle", PARENT_BODY, "Udvalget samler beboernes ønsker til kvarterets aktiviteter.",
                        4, 3, LocalDate.of(2024, 2, 1))),
                event("Body", "2", new BodyRelationDeclared(BODY, OTHER_BODY, RelationKind.PREPARES_FOR,
                        LocalDate.of(2025, 1, 1))),
                old("Body", BodyRelationDeclared.class, "1",
                        new BodyRelationDeclared(BODY, PARENT_BODY, RelationKind.REPORTS_TO, null),
                        new BodyRelationDeclaredRevision1(BODY, PARENT_BODY, RelationKind.REPORTS_TO)),
                event("Body", "1", new MemberAppointed(BODY, PERSON, MemberRole.CHAIR, "Beboerforeningen Nørremarken",
                        LocalDate.of(2024, 3, 1))),
                event("Body", "1", new MemberRoleChanged(BODY, PERSON, MemberRole.VICE_CHAIR,
                        LocalDate.of(2025, 3, 1))),
                event("Body", "1", new MembershipEnded(BODY, OTHER_PERSON, LocalDate.of(2025, 12, 31),
                        "Fraflyttet kvarteret")),
                event("Body", "1", new BodyDissolved(BODY, LocalDate.of(2027, 1, 1),
                        "Opgaverne overgår til det nye lokaludvalg")),
                event("Body", "1", new BodyRenamed(BODY, "Lokaludvalget for Nørremarken og Søndermarken",
                        LocalDate.of(2026, 1, 1))),
                event("Body", "1", new BodyMandateChanged(BODY, "Udvalget rådgiver om kvarterplanen og dens pulje.",
                        LocalDate.of(2026, 1, 1))),
                event("Body", "1", new BodyCadenceChanged(BODY, 6, LocalDate.of(2026, 1, 1))),
                event("Body", "1", new BodyQuorumChanged(BODY, 4, LocalDate.of(2026, 1, 1))),
                event("Body", "1", new BodyRelationEnded(BODY, OTHER_BODY, RelationKind.PREPARES_FOR,
                        LocalDate.of(2026, 7, 1))),
                event("Body", "1", new SuccessorBodyNamed(BODY, OTHER_BODY, LocalDate.of(2027, 1, 1))),
                event("Body", "1", new ApprovedMinutesOpened(BODY, true)),
                event("Body", "1", new ObjectionPeriodChanged(BODY, 8, true)),
                event("Body", "1", new MinutesPublicationChanged(BODY, true)));
    }

    private static List<Entry> person() {
        String email = "rikke.dh@noerremarken.example";
        String newEmail = "rikke.damgaard@noerremarken.example";
        String newPhone = "+45 20 44 55 66";
        String organisation = "Beboerforeningen Nørremarken";
        return List.of(
                event("Person", "2", new PersonRegistered(PERSON, SEALED_NAME, SEALED_EMAIL, SEALED_PHONE,
                        "Beboerforeningen Nørremarken")),
                // revision 1 had the same fields, in plaintext; the upcaster passes them on as they are
                old("Person", PersonRegistered.class, "1",
                        new PersonRegistered(PERSON, NAME, email, null, organisation),
                        new PersonRegisteredRevision1(PERSON, NAME, email, null, organisation)),
                event("Person", "2", new PersonDetailsChanged(PERSON, SEALED_NEW_NAME, SEALED_NEW_EMAIL,
                        SEALED_NEW_PHONE, "Beboerforeningen Nørremarken")),
                old("Person", PersonDetailsChanged.class, "1",
                        new PersonDetailsChanged(PERSON, NEW_NAME, newEmail, newPhone, organisation),
                        new PersonDetailsChangedRevision1(PERSON, NEW_NAME, newEmail, newPhone, organisation)),
                event("Person", "1", new PersonErased(OTHER_PERSON, "Anmodning om sletning efter fraflytning",
                        "admin", Instant.parse("2026-02-03T09:15:42.123456Z"))),
                event("Person", "1", new PersonMarkedAsOfficial(THIRD_PERSON, "Kommunaldirektør")),
                event("Person", "1", new PersonLanguageChosen(THIRD_PERSON, "en")));
    }

    private static List<Entry> action() {
        return List.of(
                event("ActionItem", "1", new ActionItemOpened(ACTION, BODY, MEETING, ITEM, DECISION,
                        "Indhente tilbud på leje af lokaler", PERSON, LocalDate.of(2026, 4, 15))),
                event("ActionItem", "1", new ActionProgressReported(ACTION, "To tilbud modtaget, et mangler",
                        NEXT_MEETING)),
                event("ActionItem", "1", new ActionReassigned(ACTION, PERSON, THIRD_PERSON)),
                event("ActionItem", "1", new ActionDueDateChanged(ACTION, LocalDate.of(2026, 4, 15),
                        LocalDate.of(2026, 5, 1), "Udlejer svarer først efter påske")),
                event("ActionItem", "1", new ActionCompleted(ACTION, LocalDate.of(2026, 4, 28),
                        "Lokalerne er lejet fra 1. juni")),
                event("ActionItem", "1", new ActionCancelled(ACTION, "Udvalget har fundet egne lokaler")),
                event("ActionItem", "1", new ActionReopened(ACTION, "Aftalen om egne lokaler faldt bort")),
                event("ActionItem", "1", new ActionAttachmentAdded(ACTION, ATTACHMENT, "Lejekontrakt, udkast.pdf",
                        "application/pdf", 48213,
                        "5f2c8e1a9b3d4c7e6f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f506")));
    }

    /** What an operator did: events without an aggregate (issue 12). */
    private static List<Entry> operations() {
        return List.of(
                event(null, "1", new ViewsRebuildStarted(List.of("actions", "minutes", "people"), "driftschef")),
                event(null, "1", new DeadLettersRetried("decisions", 2, "driftschef")),
                event(null, "1", new DeadLettersEvicted("decisions", MEETING.toString(), 3, "driftschef",
                        "Prøvemødet er slettet; hændelserne har ingen betydning for registret")),
                // the record of notification (issue 14): who was sent what, when; never the address
                event(null, "1", new MailDelivered(17L, PERSON, "AGENDA", MEETING, null,
                        "Dagsorden: Boligpolitisk Styregruppe, torsdag den 19. november 2026", "<outbox-17@protokol>",
                        Instant.parse("2026-11-12T08:00:03.250Z"))));
    }

    /** A revision whose shape is the class's own (the current one, when the entry was written). */
    private static Entry event(String aggregateType, String revision, Object event) {
        return new Entry(event.getClass(), revision, aggregateType, event, event);
    }

    /** An older revision: written from a record of its own shape, read as {@code expected} through the upcasters. */
    private static Entry old(String aggregateType, Class<?> type, String revision, Object expected, Object written) {
        return new Entry(type, revision, aggregateType, expected, written);
    }
}
