package dk.protokol.infra.demo;

import dk.protokol.events.command.action.CancelAction;
import dk.protokol.events.command.action.ChangeActionDueDate;
import dk.protokol.events.command.action.CompleteAction;
import dk.protokol.events.command.action.ReopenAction;
import dk.protokol.events.command.action.ReportActionProgress;
import dk.protokol.events.command.meeting.AcceptReferredCase;
import dk.protokol.events.command.meeting.AddAgendaItem;
import dk.protokol.events.command.meeting.AddJointBody;
import dk.protokol.events.command.meeting.AgreeAction;
import dk.protokol.events.command.meeting.ApproveMinutes;
import dk.protokol.events.command.meeting.CancelMeeting;
import dk.protokol.events.command.meeting.ApproveMinutesTacitly;
import dk.protokol.events.command.meeting.CirculateMinutes;
import dk.protokol.events.command.meeting.CloseMeeting;
import dk.protokol.events.command.meeting.CorrectMinutes;
import dk.protokol.events.command.meeting.OpenMeeting;
import dk.protokol.events.command.meeting.PublishAgenda;
import dk.protokol.events.command.meeting.RecordAttendance;
import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.command.meeting.RecordItemNotes;
import dk.protokol.events.command.meeting.ReferCase;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.MeetingKind;
import dk.protokol.infra.security.AuditMetadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A year of meetings of both partnerships, recorded through the commands as the secretaries and chairs would
 * record them, dated relative to today (the injected {@link Clock}) so that what is overdue and what is coming look
 * right on any day: agendas, attendance with apologies and a substitute, decisions, actions in every state (open,
 * overdue, done, cancelled, reopened), a case FKU refers to BPS and follows to completion, a correction after
 * approval, and minutes in every status from scheduled to approved (and one meeting cancelled). Every person is
 * fictitious. Commands carry who recorded them: the demo account where there is one (the BolivVejle secretary and
 * chair), else the system, with the person acted as.
 */
final class DemoMeetings {

    private final CommandGateway commands;
    private final DemoOrganisations.Cast cast;
    private final LocalDate today;

    DemoMeetings(CommandGateway commands, DemoOrganisations.Cast cast, Clock clock) {
        this.commands = commands;
        this.cast = cast;
        this.today = LocalDate.now(clock);
    }

    void load() {
        loadFku();
        loadBps();
        loadJointWorkshop();
        loadKoldingBoard();
        loadMunkeboNetwork();
        loadKoldingManagement();
    }

    // ---- BolivVejle: FKU prepares, BPS decides

    /** Filled by FKU's first meeting, taken up by BPS. */
    private ReferralId leisureJobs;

    private void loadFku() {
        Recorder sek = new Recorder("sekretaer", cast.secretary);
        Recorder chair = new Recorder(AuditMetadata.SYSTEM, cast.director);
        String place = "Vejle Rådhus, mødelokale 2";
        List<PersonId> members = List.of(cast.director, cast.domeaRep);

        Held first = sek.hold(cast.fku, day(-300, DayOfWeek.WEDNESDAY), LocalTime.of(13, 0), place);
        AgendaItemId jobs = first.item("Fritidsjob til unge i Løget og Nørremarken", AgendaItemKind.DECISION,
                "Forslag om et fælles forsøg med fritidsjob, finansieret af helhedsplanen og kommunen.");
        AgendaItemId status = first.item("Orientering fra sekretariatet", AgendaItemKind.INFORMATION, null);
        first.publish();
        first.attend(members, AttendanceStatus.PRESENT);
        first.apologies(cast.lejerboRep);
        first.substitute(cast.lejerboSubstitute, cast.lejerboRep);
        first.open();
        first.notes(jobs, "Sekretariatet fremlagde forslaget. Forummet bakker op og ønsker BPS' stillingtagen.");
        DecisionId recommend = first.decide(jobs, "FKU indstiller forsøget med fritidsjob til godkendelse i BPS.",
                DecisionOutcome.ADOPTED);
        leisureJobs = first.refer(jobs, cast.bps, "FKU indstiller et forsøg med fritidsjob til unge i Løget og "
                + "Nørremarken. BPS bedes godkende forsøget og dets finansiering.");
        ActionId brief = first.action(jobs, "Udarbejd et oplæg om fritidsjob til BPS", cast.secretary,
                first.date().plusDays(40), recommend);
        first.notes(status, "Sekretariatet orienterede om årshjulet og de kommende møder.");
        first.closeAndCirculate();
        sek.complete(brief, first.date().plusDays(30), "Oplægget er sendt til BPS.");

        Held second = sek.hold(cast.fku, day(-210, DayOfWeek.WEDNESDAY), LocalTime.of(13, 0), place);
        AgendaItemId budget = second.item("Budgetopfølgning 2. kvartal", AgendaItemKind.DECISION,
                "Forbruget i helhedsplanen set i forhold til budgettet.");
        AgendaItemId charter = second.item("Kommissorium for ad hoc arbejdsgruppen", AgendaItemKind.DISCUSSION, null);
        second.publish();
        second.attend(members, AttendanceStatus.PRESENT);
        second.attend(List.of(cast.lejerboRep), AttendanceStatus.PRESENT);
        second.open();
        chair.approve(first, second);
        second.notes(budget, "Forbruget svarer til budgettet; beboerrådgivningen har et mindreforbrug på 2,1 mio. kr.");
        DecisionId noted = second.decide(budget, "FKU tager budgetopfølgningen til efterretning.",
                DecisionOutcome.NOTED);
        ActionId figures = second.action(budget, "Indhent tal for beboerrådgivningens aktiviteter", cast.domeaRep,
                today.minusDays(20), noted);
        second.notes(charter, "Forummet drøftede, om arbejdsgruppen skal fortsætte efter sommeren.");
        ActionId charterAction = second.action(charter, "Revidér kommissoriet for arbejdsgruppen", cast.lejerboRep,
                second.date().plusDays(60), null);
        second.closeAndCirculate();
        sek.progress(figures, "Tallene er bestilt hos boligorganisationerne.");
        sek.cancel(charterAction, "Opgaven er overtaget af Boligpolitisk Styregruppe.");

        Held third = sek.hold(cast.fku, day(-120, DayOfWeek.WEDNESDAY), LocalTime.of(13, 0), place);
        AgendaItemId followUp = third.item("Opfølgning på forsøget med fritidsjob", AgendaItemKind.INFORMATION, null);
        third.publish();
        third.attend(members, AttendanceStatus.PRESENT);
        third.apologies(cast.lejerboRep);
        third.open();
        chair.approve(second, third);
        // the minutes of the second meeting had two digits swapped: corrected after their approval
        sek.send(new CorrectMinutes(second.id, CorrectionId.random(), budget,
                "Mindreforbruget i beboerrådgivningen er 1,2 mio. kr., ikke 2,1 mio. kr.",
                "Tallet var skrevet forkert i referatet."));
        third.notes(followUp, "Forsøget er i gang; de første 20 unge er i fritidsjob.");
        ActionId report = third.action(followUp, "Afrapportér forsøget med fritidsjob", cast.director,
                today.plusDays(45), null);
        third.closeAndCirculate();
        sek.progress(report, "Evalueringsskemaet er sendt ud.");

        Held coming = sek.hold(cast.fku, day(20, DayOfWeek.WEDNESDAY), LocalTime.of(13, 0), place);
        coming.item("Budget for det kommende år", AgendaItemKind.DECISION, null);
        coming.item("Nyt fra boligorganisationerne", AgendaItemKind.INFORMATION, null);
        coming.publish();
    }

    private void loadBps() {
        Recorder sek = new Recorder("sekretaer", cast.secretary);
        String hall = "Vejle Rådhus, byrådssalen";

        Held first = sek.hold(cast.bps, day(-280, DayOfWeek.THURSDAY), LocalTime.of(15, 0), hall);
        AgendaItemId lines = first.item("Boligpolitiske pejlemærker", AgendaItemKind.DECISION,
                "Udkast til pejlemærker for den boligsociale indsats.");
        first.publish();
        first.attend(bpsVoting(first.date()), AttendanceStatus.PRESENT);
        first.apologies(cast.seniorChair);
        first.open();
        first.notes(lines, "Styregruppen drøftede udkastet og tilføjede tryghed som fjerde pejlemærke.");
        DecisionId adopted = first.decide(lines, "Pejlemærkerne vedtages med den tilføjede tryghed.",
                DecisionOutcome.ADOPTED);
        ActionId sendOut = first.action(lines, "Udsend pejlemærkerne til boligorganisationerne", cast.secretary,
                first.date().plusDays(14), adopted);
        first.closeAndCirculate();
        sek.complete(sendOut, first.date().plusDays(7), "Udsendt til alle boligorganisationer.");

        // held in a housing area; takes up the case FKU referred
        Held second = sek.hold(cast.bps, day(-190, DayOfWeek.THURSDAY), LocalTime.of(15, 0), "Løget Beboerhus");
        AgendaItemId jobs = second.accept(leisureJobs);
        AgendaItemId dialogue = second.item("Dialog med boligorganisationerne", AgendaItemKind.DECISION, null);
        second.publish();
        second.attend(bpsVoting(second.date()), AttendanceStatus.PRESENT);
        second.open();
        new Recorder("formand", cast.bpsChairOn(second.date())).approve(first, second);
        second.notes(jobs, "FKU's indstilling blev fremlagt af kommunaldirektøren.");
        DecisionId approved = second.decide(jobs, "BPS godkender forsøget med fritidsjob og dets finansiering.",
                DecisionOutcome.ADOPTED);
        ActionId start = second.action(jobs, "Igangsæt forsøget med fritidsjob", cast.director,
                second.date().plusDays(60), approved);
        DecisionId meet = second.decide(dialogue, "Der holdes et dialogmøde med boligorganisationerne.",
                DecisionOutcome.ADOPTED);
        ActionId invite = second.action(dialogue, "Indkald boligorganisationerne til dialogmøde", cast.aabChair,
                today.minusDays(30), meet);
        second.closeAndCirculate();
        sek.progress(start, "Jobcentret og boligorganisationerne har aftalt forløbet.");
        sek.complete(start, second.date().plusDays(50), "Forsøget er i gang.");

        Held third = sek.hold(cast.bps, day(-100, DayOfWeek.THURSDAY), LocalTime.of(15, 0), hall);
        AgendaItemId safety = third.item("Handleplan for tryghed", AgendaItemKind.DECISION, null);
        AgendaItemId web = third.item("Helhedsplanens hjemmeside", AgendaItemKind.INFORMATION, null);
        third.publish();
        third.attend(bpsVoting(third.date()), AttendanceStatus.PRESENT);
        third.apologies(cast.aabChair);
        third.open();
        new Recorder("formand", cast.bpsChairOn(third.date())).approve(second, third);
        third.notes(safety, "Politiet og boligorganisationerne ønsker at bidrage til handleplanen.");
        DecisionId postponed = third.decide(safety, "Sagen udsættes til et senere møde.", DecisionOutcome.POSTPONED);
        ActionId plan = third.action(safety, "Udarbejd udkast til handleplan for tryghed", cast.secretary,
                today.plusDays(60), postponed);
        third.notes(web, "Referaterne skal lægges på hjemmesiden.");
        ActionId site = third.action(web, "Læg referaterne på hjemmesiden", cast.secretary, third.date().plusDays(30),
                null);
        third.close();
        sek.send(new ChangeActionDueDate(plan, today.plusDays(75), "Afventer bidrag fra politiet."));
        sek.complete(site, third.date().plusDays(20), "Referaterne er lagt op.");
        sek.send(new ReopenAction(site, "Referatet fra seneste møde mangler stadig."));

        Held cancelled = sek.hold(cast.bps, day(-10, DayOfWeek.TUESDAY), LocalTime.of(16, 0), hall);
        sek.send(new CancelMeeting(cancelled.id, "Ekstraordinært møde aflyst: sagen kunne afgøres skriftligt."));

        Held coming = sek.hold(cast.bps, day(40, DayOfWeek.THURSDAY), LocalTime.of(15, 0), hall);
        coming.item("Handleplan for tryghed", AgendaItemKind.DECISION, null);
    }

    // ---- ByLivKolding

    /**
     * A fællesmøde to come: BPS and FKU hold a joint workshop on the partnership's next strategy (issue 10), its
     * agenda sent out. It is in both bodies' registers; their members attend as members.
     */
    private void loadJointWorkshop() {
        Recorder sek = new Recorder("sekretaer", cast.secretary);
        MeetingId id = MeetingId.random();
        LocalDate date = day(45, DayOfWeek.WEDNESDAY);
        LocalDateTime begins = date.atTime(9, 0);
        sek.send(new ScheduleMeeting(id, cast.bps, begins, begins.plusHours(5), "Løget Beboerhus, salen",
                AgendaItemId.random(), MeetingKind.WORKSHOP));
        sek.send(new AddJointBody(id, cast.fku));
        Held workshop = new Held(sek, id, date);
        workshop.item("Strategi for den boligsociale indsats efter 2027", AgendaItemKind.DISCUSSION,
                "Fælles workshop for styregruppen og forummet: erfaringer, mål og organisering.");
        workshop.publish();
    }

    private void loadKoldingBoard() {
        Recorder sek = new Recorder(AuditMetadata.SYSTEM, cast.secretariatLead);
        Recorder chair = new Recorder(AuditMetadata.SYSTEM, cast.boardChair);
        String place = "Kolding Rådhus, mødelokale 3";

        Held first = sek.hold(cast.board, day(-260, DayOfWeek.TUESDAY), LocalTime.of(9, 0), place);
        AgendaItemId involvement = first.item("Strategi for beboerinddragelse", AgendaItemKind.DECISION, null);
        first.publish();
        first.attend(cast.boardVoting, AttendanceStatus.PRESENT);
        first.open();
        first.notes(involvement, "Bestyrelsen drøftede, hvordan kvarternetværkene inddrages.");
        DecisionId strategy = first.decide(involvement, "Strategien for beboerinddragelse vedtages.",
                DecisionOutcome.ADOPTED);
        ActionId group = first.action(involvement, "Nedsæt følgegruppe for beboernetværk", cast.coordinator,
                first.date().plusDays(45), strategy);
        first.closeAndCirculate();
        sek.complete(group, first.date().plusDays(40), "Følgegruppen holdt sit første møde.");

        Held second = sek.hold(cast.board, day(-170, DayOfWeek.TUESDAY), LocalTime.of(9, 0), place);
        AgendaItemId annual = second.item("Årsrapport til Landsbyggefonden", AgendaItemKind.DECISION, null);
        second.publish();
        second.attend(cast.boardVoting, AttendanceStatus.PRESENT);
        second.open();
        chair.approve(first, second);
        DecisionId report = second.decide(annual, "Årsrapporten godkendes med de aftalte rettelser.",
                DecisionOutcome.ADOPTED);
        ActionId submit = second.action(annual, "Indsend årsrapporten til Landsbyggefonden", cast.secretariatLead,
                today.minusDays(15), report);
        second.closeAndCirculate();
        sek.progress(submit, "Rettelserne er indarbejdet; mangler underskrift.");

        Held third = sek.hold(cast.board, day(-80, DayOfWeek.TUESDAY), LocalTime.of(9, 0), "Munkebo Beboerhus");
        AgendaItemId seminar = third.item("Kvarternetværkenes fælles seminar", AgendaItemKind.DISCUSSION, null);
        third.publish();
        third.attend(cast.boardVoting.subList(0, 3), AttendanceStatus.PRESENT);
        third.apologies(cast.boardVoting.get(3));
        third.open();
        chair.approve(second, third);
        third.notes(seminar, "Seminaret holdes i Fjordparken med deltagelse af alle tre kvarterer.");
        third.action(seminar, "Planlæg det fælles seminar", cast.coordinator, today.plusDays(30), null);
        third.closeAndCirculate();

        Held coming = sek.hold(cast.board, day(25, DayOfWeek.TUESDAY), LocalTime.of(9, 0), place);
        coming.item("Status på helhedsplanen", AgendaItemKind.INFORMATION, null);
        coming.publish();
    }

    /**
     * Kvarternetværk Munkebo met some weeks ago; its minutes went out for comment, nobody objected within the eight
     * days, and the system approved them tacitly (issue 14): they stand on the network's public page.
     */
    private void loadMunkeboNetwork() {
        Recorder lead = new Recorder(AuditMetadata.SYSTEM, cast.secretariatLead);
        Held meeting = lead.hold(cast.munkebo, day(-40, DayOfWeek.WEDNESDAY), LocalTime.of(17, 0),
                "Munkebo Beboerhus, salen");
        AgendaItemId summer = meeting.item("Sommerfest i Munkebo", AgendaItemKind.DECISION, null);
        AgendaItemId safety = meeting.item("Tryghedsvandring med politiet", AgendaItemKind.INFORMATION, null);
        meeting.publish();
        meeting.attend(cast.munkeboMembers, AttendanceStatus.PRESENT);
        meeting.open();
        meeting.notes(summer, "Netværket drøftede program, frivillige og budget for festen.");
        meeting.decide(summer, "Sommerfesten holdes lørdag i uge 25 på pladsen ved beboerhuset.",
                DecisionOutcome.ADOPTED);
        meeting.notes(safety, "Politiet fortalte om vandringen i foråret; næste vandring aftales i netværket.");
        meeting.closeAndCirculate();
        // the scheduled check ran after the eight days: approved by the system, with the rule that applied
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ApproveMinutesTacitly(meeting.id,
                        meeting.date().plusDays(11).atTime(6, 0).atZone(java.time.ZoneId.of("Europe/Copenhagen"))
                                .toInstant()))
                .andMetaData(Map.of(AuditMetadata.USER_ID, AuditMetadata.SYSTEM)));
    }

    /** The secretariat management meets today, and the meeting is under way. */
    private void loadKoldingManagement() {
        Recorder lead = new Recorder(AuditMetadata.SYSTEM, cast.secretariatLead);
        Held today = lead.hold(cast.management, this.today, LocalTime.of(8, 30), "Sekretariatet, Skovparken");
        AgendaItemId week = today.item("Ugens opgaver", AgendaItemKind.INFORMATION, null);
        today.publish();
        today.attend(List.of(cast.secretariatLead, cast.coordinator), AttendanceStatus.PRESENT);
        today.open();
        today.notes(week, "Forberedelse af bestyrelsesmødet.");
    }

    /** The BPS members with a vote on a day: the chair of the council then in office first. */
    private List<PersonId> bpsVoting(LocalDate day) {
        List<PersonId> voting = new ArrayList<>(cast.bpsVoting);
        if (day.isBefore(DemoOrganisations.CHAIR_CHANGE)) {
            voting.add(0, cast.formerMayor);
        }
        return voting;
    }

    /** {@code days} from today, moved on to the next {@code weekday} (back a week when that would pass today). */
    private LocalDate day(int days, DayOfWeek weekday) {
        LocalDate day = today.plusDays(days).with(TemporalAdjusters.nextOrSame(weekday));
        return days < 0 && !day.isBefore(today) ? day.minusWeeks(1) : day;
    }

    // ---- recording

    /** Sends commands as a person would: the account (or the system) and the person acted as, in the metadata. */
    private final class Recorder {
        private final MetaData metaData;
        private final PersonId person;

        Recorder(String username, PersonId person) {
            this.metaData = MetaData.from(Map.of(AuditMetadata.USER_ID, username,
                    AuditMetadata.PERSON_ID, person.toString()));
            this.person = person;
        }

        void send(Object command) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        }

        Held hold(dk.protokol.events.ids.BodyId body, LocalDate date, LocalTime start, String location) {
            Held meeting = new Held(this, MeetingId.random(), date);
            LocalDateTime begins = date.atTime(start);
            send(new ScheduleMeeting(meeting.id, body, begins, begins.plusHours(2), location));
            return meeting;
        }

        /** The minutes of {@code meeting}, approved under the first item of {@code at}. */
        void approve(Held meeting, Held at) {
            send(new ApproveMinutes(meeting.id, person, at.date(), at.id));
        }

        void progress(ActionId action, String note) {
            send(new ReportActionProgress(action, note, null));
        }

        void complete(ActionId action, LocalDate on, String note) {
            send(new CompleteAction(action, on.isAfter(today) ? today : on, note));
        }

        void cancel(ActionId action, String reason) {
            send(new CancelAction(action, reason));
        }
    }

    /** One meeting being recorded by its secretary. */
    private static final class Held {
        final MeetingId id;
        private final Recorder by;
        private final LocalDate date;

        Held(Recorder by, MeetingId id, LocalDate date) {
            this.by = by;
            this.id = id;
            this.date = date;
        }

        LocalDate date() {
            return date;
        }

        AgendaItemId item(String title, AgendaItemKind kind, String description) {
            AgendaItemId item = AgendaItemId.random();
            by.send(new AddAgendaItem(id, item, title, kind, description, null));
            return item;
        }

        AgendaItemId accept(ReferralId referral) {
            AgendaItemId item = AgendaItemId.random();
            by.send(new AcceptReferredCase(id, item, referral, null, null));
            return item;
        }

        void publish() {
            by.send(new PublishAgenda(id));
        }

        void attend(List<PersonId> people, AttendanceStatus status) {
            people.forEach(person -> by.send(new RecordAttendance(id, person, status, null, null, null, null)));
        }

        void apologies(PersonId person) {
            by.send(new RecordAttendance(id, person, AttendanceStatus.APOLOGIES, null, null, null, "Afbud pr. mail."));
        }

        void substitute(PersonId substitute, PersonId forMember) {
            by.send(new RecordAttendance(id, substitute, AttendanceStatus.PRESENT, forMember, null, null, null));
        }

        void open() {
            by.send(new OpenMeeting(id));
        }

        void notes(AgendaItemId item, String text) {
            by.send(new RecordItemNotes(id, item, text));
        }

        DecisionId decide(AgendaItemId item, String text, DecisionOutcome outcome) {
            DecisionId decision = DecisionId.random();
            by.send(new RecordDecision(id, item, decision, text, outcome, null, null, null, null));
            return decision;
        }

        ActionId action(AgendaItemId item, String description, PersonId owner, LocalDate due, DecisionId decision) {
            ActionId action = ActionId.random();
            by.send(new AgreeAction(id, item, action, description, owner, due, decision));
            return action;
        }

        ReferralId refer(AgendaItemId item, dk.protokol.events.ids.BodyId target, String note) {
            ReferralId referral = ReferralId.random();
            by.send(new ReferCase(id, item, referral, target, note));
            return referral;
        }

        void close() {
            by.send(new CloseMeeting(id));
        }

        void closeAndCirculate() {
            close();
            // sent out two days after the meeting, so the objection period of a recent meeting is still running
            by.send(new CirculateMinutes(id, date.plusDays(2).atTime(10, 0)
                    .atZone(java.time.ZoneId.of("Europe/Copenhagen")).toInstant()));
        }
    }
}
