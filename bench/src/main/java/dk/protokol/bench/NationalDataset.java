package dk.protokol.bench;

import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.action.ActionProgressReported;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingKind;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.MinuteTakerNamed;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.ObjectionPeriodStarted;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.PersonMarkedAsOfficial;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.organisation.RelationKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A deterministic national-scale dataset (issue 15, item 1): many partnerships, each with a steering group, a forum
 * that prepares its cases, three quarter networks that report to the forum and a secretariat that serves them all;
 * people and memberships (one member of each body replaced every January); years of quarterly meetings with a
 * standing item, information, discussion and decision items, attendance, notes, decisions, actions agreed and opened,
 * progress reported at later meetings of the body and completion (a quarter of the actions stay open), cases
 * referred from the quarter networks to the forum and from the forum to the steering group and accepted at the
 * target's next meeting, minutes circulated and approved by the chair at the body's next meeting.
 * <p>
 * The events are what the aggregates would apply, in an order the aggregates and projections accept; the names,
 * e-mail addresses are plaintext here (the loader seals them as {@code Person} does). Everything — identifiers,
 * texts, who attends, times — comes from one seeded {@link Random}, so a seed gives the same events every time.
 * Events are handed to a {@link Sink} one by one in the order they are to be stored, month by month across all
 * partnerships, with timestamps that never go back; only each partnership's current state is held.
 */
public final class NationalDataset {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    /** {@code Meeting.STANDING_ITEM_TITLE}: the item every meeting is scheduled with. */
    static final String STANDING_ITEM_TITLE = "Godkendelse af dagsorden og referat";
    private static final int MEMBERS_PER_BODY = 6;

    /** One event to store, with what its stored row needs. */
    public record Generated(String aggregateType, String aggregateId, long sequence, Object payload, Instant timestamp,
                            String eventId, String userId, String personId, String correlationId,
                            String causationId) {
    }

    public interface Sink {
        void accept(Generated event) throws Exception;
    }

    /** How many partnerships over which years, from which seed. */
    public record Settings(long seed, int partnerships, int firstYear, int years) {
    }

    private final Settings settings;
    private final Random random;
    private Instant clock = Instant.EPOCH;
    private String userId;
    private String personId;
    private String correlationId;
    private String causationId;
    private long count;
    private final Counts counts = new Counts();
    private final Landmarks landmarks = new Landmarks();

    /** What was generated, for the views' expected counts. */
    public static final class Counts {
        public long events;
        public long bodies;
        public long people;
        public long meetings;
        public long decisions;
        public long actions;
        public long actionsCompleted;
        public long referrals;
        public long referralsAccepted;

        @Override
        public String toString() {
            return String.format("%,d events: %,d bodies, %,d people, %,d meetings, %,d decisions, %,d actions "
                    + "(%,d completed, %,d open), %,d referrals (%,d accepted)", events, bodies, people, meetings,
                    decisions, actions, actionsCompleted, actions - actionsCompleted, referrals, referralsAccepted);
        }
    }

    /** Things in the first partnership the benchmarks ask for. */
    public static final class Landmarks {
        public String organisation;
        public BodyId steeringGroup;
        public PersonId chair;
        public PersonId secretary;
        public String secretaryUser;
        public PersonId actionOwner;
        /** A meeting of the steering group in the middle of the history, its day. */
        public MeetingId deepMeeting;
        public LocalDate deepMeetingDay;
        public Instant deepMeetingApproved;
        /** The steering group's last meeting (minutes circulated, not approved) and an action of it left open. */
        public MeetingId lastMeeting;
        public ActionId openAction;
    }

    public Counts counts() {
        return counts;
    }

    public Landmarks landmarks() {
        return landmarks;
    }

    public NationalDataset(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    /** The settings whose dataset has about {@code events} events: as many partnerships as it takes. */
    public static Settings forEvents(long events, long seed, int firstYear, int years) {
        long one;
        try {
            one = new NationalDataset(new Settings(seed, 1, firstYear, years)).generate(e -> { });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        int partnerships = (int) Math.max(1, Math.round((double) events / one));
        return new Settings(seed, partnerships, firstYear, years);
    }

    // ------------------------------------------------------------------ the state of one partnership

    private static final class MeetingRef {
        final MeetingId id;
        long sequence;

        MeetingRef(MeetingId id) {
            this.id = id;
        }
    }

    private static final class ActionRef {
        final ActionId id;
        final boolean staysOpen;
        long sequence;

        ActionRef(ActionId id, boolean staysOpen) {
            this.id = id;
            this.staysOpen = staysOpen;
        }
    }

    private record Referral(ReferralId id, BodyId fromBody, MeetingId fromMeeting, AgendaItemId fromItem,
                            String title, String note) {
    }

    private static final class BodyState {
        final BodyId id;
        final String name;
        final BodyKind kind;
        final int month0;
        final int day;
        long sequence;
        PersonId chair;
        final List<PersonId> members = new ArrayList<>();
        BodyState referTo;
        MeetingRef previous;
        final List<ActionRef> openActions = new ArrayList<>();
        final Deque<Referral> incoming = new ArrayDeque<>();

        BodyState(BodyId id, String name, BodyKind kind, int month0, int day) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.month0 = month0;
            this.day = day;
        }
    }

    private static final class Partnership {
        final int number;
        final String organisation;
        final List<BodyState> bodies = new ArrayList<>();
        PersonId secretary;
        String secretaryUser;
        int people;

        Partnership(int number) {
            this.number = number;
            this.organisation = String.format("Boligsocialt partnerskab %03d", number);
        }
    }

    private record Held(Partnership partnership, BodyState body, LocalDate day) {
    }

    // ------------------------------------------------------------------ the timeline

    /** Hands every event to the sink in store order; answers how many. */
    public long generate(Sink sink) throws Exception {
        count = 0;
        List<Partnership> partnerships = new ArrayList<>();
        LocalDate founded = LocalDate.of(settings.firstYear() - 1, 12, 1);
        for (int p = 0; p < settings.partnerships(); p++) {
            partnerships.add(found(p, founded, sink));
        }
        for (int year = settings.firstYear(); year < settings.firstYear() + settings.years(); year++) {
            for (int month = 1; month <= 12; month++) {
                if (month == 1 && year > settings.firstYear()) {
                    for (Partnership partnership : partnerships) {
                        rotate(partnership, LocalDate.of(year, 1, 2), sink);
                    }
                }
                List<Held> held = new ArrayList<>();
                for (Partnership partnership : partnerships) {
                    for (BodyState body : partnership.bodies) {
                        boolean meets = body.kind != BodyKind.SECRETARIAT && month >= body.month0
                                && (month - body.month0) % 3 == 0;
                        if (meets) {
                            held.add(new Held(partnership, body, LocalDate.of(year, month, body.day)));
                        }
                    }
                }
                held.sort(Comparator.comparing(Held::day)); // stable: partnerships in order on the same day
                for (Held meeting : held) {
                    meeting(meeting.partnership(), meeting.body(), meeting.day(), sink);
                }
            }
        }
        return count;
    }

    private Partnership found(int number, LocalDate on, Sink sink) throws Exception {
        Partnership p = new Partnership(number);
        at(on.atTime(9, 0));
        p.secretary = person(p, sink, "Sekretariatsmedarbejder");
        p.secretaryUser = String.format("sekretariat-%03d", number);
        command(p.secretaryUser, p.secretary);
        int shift = number % 3;
        BodyState secretariat = new BodyState(id(BodyId::of), "Fællessekretariatet", BodyKind.SECRETARIAT, 1, 1);
        BodyState steering = new BodyState(id(BodyId::of), "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP,
                1 + shift, 3 + number % 20);
        BodyState forum = new BodyState(id(BodyId::of), "Forum for Koordination og Udvikling", BodyKind.FORUM,
                1 + (shift + 2) % 3, 5 + number % 20);
        p.bodies.add(steering);
        p.bodies.add(forum);
        String[] quarters = {"Skovparken", "Munkebo", "Fjordparken"};
        for (int q = 0; q < quarters.length; q++) {
            BodyState network = new BodyState(id(BodyId::of), "Kvarternetværk " + quarters[q], BodyKind.QUARTER_NETWORK,
                    1 + (shift + 1) % 3, 7 + (number + 3 * q) % 20);
            network.referTo = forum;
            p.bodies.add(network);
        }
        forum.referTo = steering;
        p.bodies.add(secretariat);
        counts.bodies += p.bodies.size();
        if (number == 0) {
            landmarks.organisation = p.organisation;
            landmarks.steeringGroup = steering.id;
            landmarks.secretary = p.secretary;
            landmarks.secretaryUser = p.secretaryUser;
        }
        for (BodyState body : p.bodies) {
            emitBody(body, new BodyEstablished(body.id, body.name, body.kind, p.organisation, null,
                    "Kommissorium for " + body.name + " i " + p.organisation + ".", body.kind == BodyKind.SECRETARIAT
                            ? null : 4, body.kind == BodyKind.SECRETARIAT ? null : 3, on), sink);
        }
        for (BodyState body : p.bodies) {
            if (body == secretariat) {
                continue;
            }
            emitBody(secretariat, new BodyRelationDeclared(secretariat.id, body.id, RelationKind.SERVES, on), sink);
        }
        emitBody(forum, new BodyRelationDeclared(forum.id, steering.id, RelationKind.PREPARES_FOR, on), sink);
        emitBody(forum, new BodyRelationDeclared(forum.id, steering.id, RelationKind.REPORTS_TO, on), sink);
        for (BodyState network : p.bodies.subList(2, 5)) {
            emitBody(network, new BodyRelationDeclared(network.id, forum.id, RelationKind.REPORTS_TO, on), sink);
        }
        emitBody(secretariat, new MemberAppointed(secretariat.id, p.secretary, MemberRole.SECRETARY, null, on), sink);
        for (BodyState body : p.bodies) {
            if (body == secretariat) {
                continue;
            }
            body.chair = person(p, sink, body.kind == BodyKind.STEERING_GROUP ? "Vejle Kommune" : "Boligforeningen");
            if (body.kind == BodyKind.STEERING_GROUP || body.kind == BodyKind.FORUM) {
                emit("Person", body.chair.toString(), nextPersonSequence(), new PersonMarkedAsOfficial(body.chair,
                        body.kind == BodyKind.STEERING_GROUP ? "Borgmester" : "Kommunaldirektør"), sink);
            }
            emitBody(body, new MemberAppointed(body.id, body.chair, MemberRole.CHAIR, null, on), sink);
            emitBody(body, new MemberAppointed(body.id, p.secretary, MemberRole.SECRETARY, null, on), sink);
            for (int m = 1; m < MEMBERS_PER_BODY; m++) {
                PersonId member = person(p, sink, pick(ORGANISATIONS));
                body.members.add(member);
                emitBody(body, new MemberAppointed(body.id, member, m == 1 ? MemberRole.VICE_CHAIR : MemberRole.MEMBER,
                        pick(ORGANISATIONS), on), sink);
            }
        }
        return p;
    }

    /** Every January one ordinary member of each body leaves and a new person takes the seat. */
    private void rotate(Partnership p, LocalDate on, Sink sink) throws Exception {
        at(on.atTime(10, 0));
        command(p.secretaryUser, p.secretary);
        for (BodyState body : p.bodies) {
            if (body.kind == BodyKind.SECRETARIAT) {
                continue;
            }
            int seat = 2 + random.nextInt(body.members.size() - 2); // never the chair's vice
            PersonId leaving = body.members.get(seat);
            emitBody(body, new MembershipEnded(body.id, leaving, on.minusDays(1), "Udtrådt ved årsskiftet"), sink);
            PersonId joining = person(p, sink, pick(ORGANISATIONS));
            emitBody(body, new MemberAppointed(body.id, joining, MemberRole.MEMBER, pick(ORGANISATIONS), on), sink);
            body.members.set(seat, joining);
        }
    }

    private void meeting(Partnership p, BodyState body, LocalDate day, Sink sink) throws Exception {
        MeetingRef meeting = new MeetingRef(id(MeetingId::of));
        counts.meetings++;
        boolean landmark = p.number == 0 && body.kind == BodyKind.STEERING_GROUP;
        if (landmark && landmarks.deepMeeting == null
                && day.getYear() >= settings.firstYear() + settings.years() / 2) {
            landmarks.deepMeeting = meeting.id;
            landmarks.deepMeetingDay = day;
            landmarks.chair = body.chair;
        }
        LocalDateTime start = day.atTime(LocalTime.of(15 + random.nextInt(3), random.nextBoolean() ? 0 : 30));
        // scheduled and its agenda: three weeks before
        at(start.minusDays(21));
        command(p.secretaryUser, p.secretary);
        emitMeeting(meeting, new MeetingScheduled(meeting.id, body.id, start, start.plusHours(2),
                pick(LOCATIONS), MeetingKind.ORDINARY), sink);
        AgendaItemId standing = id(AgendaItemId::of);
        emitMeeting(meeting, new AgendaItemAdded(meeting.id, standing, STANDING_ITEM_TITLE, AgendaItemKind.DECISION,
                null, null, true), sink);
        List<AgendaItemId> items = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        AgendaItemKind[] kinds = {AgendaItemKind.INFORMATION, AgendaItemKind.DISCUSSION, AgendaItemKind.DECISION};
        for (AgendaItemKind kind : kinds) {
            AgendaItemId item = id(AgendaItemId::of);
            String title = pick(TOPICS) + " " + day.getYear();
            command(p.secretaryUser, p.secretary);
            emitMeeting(meeting, new AgendaItemAdded(meeting.id, item, title, kind,
                    "Baggrund: " + pick(BACKGROUND), pick(body.members), false), sink);
            items.add(item);
            titles.add(title);
        }
        // cases referred to this body, accepted onto its agenda
        while (!body.incoming.isEmpty()) {
            Referral referral = body.incoming.poll();
            AgendaItemId item = id(AgendaItemId::of);
            command(p.secretaryUser, p.secretary);
            emitMeeting(meeting, new AgendaItemAdded(meeting.id, item, referral.title(), AgendaItemKind.DECISION,
                    referral.note(), null, false), sink);
            counts.referralsAccepted++;
            emitMeeting(meeting, new ReferredCaseAccepted(meeting.id, item, referral.id(), referral.fromBody(),
                    referral.fromMeeting(), referral.fromItem()), sink);
            items.add(item);
            titles.add(referral.title());
        }
        at(start.minusDays(7));
        command(p.secretaryUser, p.secretary);
        emitMeeting(meeting, new AgendaPublished(meeting.id), sink);
        // the meeting
        at(start);
        command(p.secretaryUser, p.secretary);
        emitMeeting(meeting, new MinuteTakerNamed(meeting.id, p.secretary), sink);
        emitMeeting(meeting, new AttendanceRecorded(meeting.id, body.chair, AttendanceStatus.PRESENT, null, null, null,
                null), sink);
        emitMeeting(meeting, new AttendanceRecorded(meeting.id, p.secretary, AttendanceStatus.PRESENT, null, null, null,
                null), sink);
        for (PersonId member : body.members) {
            boolean away = random.nextInt(100) < 15;
            emitMeeting(meeting, new AttendanceRecorded(meeting.id, member, away ? AttendanceStatus.APOLOGIES
                    : AttendanceStatus.PRESENT, null, null, null, away ? "Afbud" : null), sink);
        }
        command(p.secretaryUser, p.secretary);
        emitMeeting(meeting, new MeetingOpened(meeting.id), sink);
        if (body.previous != null) {
            command(p.secretaryUser, p.secretary);
            emitMeeting(body.previous, new MinutesApproved(body.previous.id, body.chair, meeting.id), sink);
            if (landmark && body.previous.id.equals(landmarks.deepMeeting)) {
                landmarks.deepMeetingApproved = clock;
            }
        }
        emitMeeting(meeting, new ItemNotesRecorded(meeting.id, standing, "Dagsordenen blev godkendt."
                + (body.previous == null ? "" : " Referatet fra sidste møde blev godkendt.")), sink);
        // follow-up of the body's open actions
        List<ActionRef> stillOpen = new ArrayList<>();
        for (ActionRef action : body.openActions) {
            int roll = random.nextInt(100);
            if (roll < 40) {
                command(p.secretaryUser, p.secretary);
                emitAction(action, new ActionProgressReported(action.id, pick(PROGRESS), meeting.id), sink);
            }
            if (!action.staysOpen && roll >= 55) {
                command(p.secretaryUser, p.secretary);
                emitAction(action, new ActionCompleted(action.id, day, "Afsluttet"), sink);
                counts.actionsCompleted++;
            } else {
                stillOpen.add(action);
            }
        }
        body.openActions.clear();
        body.openActions.addAll(stillOpen);
        for (int i = 0; i < items.size(); i++) {
            command(p.secretaryUser, p.secretary);
            emitMeeting(meeting, new ItemNotesRecorded(meeting.id, items.get(i), pick(NOTES) + " " + pick(NOTES)),
                    sink);
        }
        AgendaItemId decisionItem = items.get(2);
        DecisionId decision = id(DecisionId::of);
        command(p.secretaryUser, p.secretary);
        counts.decisions++;
        emitMeeting(meeting, new DecisionRecorded(meeting.id, decisionItem, decision, pick(DECISIONS),
                DecisionOutcome.ADOPTED, null, null, null, null, false), sink);
        for (int a = 0; a < 2; a++) {
            ActionRef action = new ActionRef(id(ActionId::of), random.nextInt(4) == 0);
            PersonId owner = pick(body.members);
            LocalDate due = day.plusDays(30 + random.nextInt(150));
            String description = pick(ACTIONS) + " (" + titles.get(2) + ")";
            command(p.secretaryUser, p.secretary);
            emitMeeting(meeting, new ActionAgreed(meeting.id, decisionItem, action.id, description, owner, due,
                    decision), sink);
            // what ActionItemOpener sends in the same transaction
            emitAction(action, new ActionItemOpened(action.id, body.id, meeting.id, decisionItem, decision,
                    description, owner, due), sink);
            body.openActions.add(action);
            counts.actions++;
            if (landmark) {
                landmarks.actionOwner = owner;
                if (action.staysOpen) {
                    landmarks.openAction = action.id;
                }
            }
        }
        if (body.referTo != null && random.nextInt(100) < 30) {
            ReferralId referral = id(ReferralId::of);
            counts.referrals++;
            String note = "Indstilles til " + body.referTo.name + ": " + pick(BACKGROUND);
            command(p.secretaryUser, p.secretary);
            emitMeeting(meeting, new CaseReferred(meeting.id, items.get(1), referral, body.referTo.id, note), sink);
            body.referTo.incoming.add(new Referral(referral, body.id, meeting.id, items.get(1), titles.get(1), note));
        }
        command(p.secretaryUser, p.secretary);
        emitMeeting(meeting, new MeetingClosed(meeting.id), sink);
        at(start.plusDays(2));
        command(p.secretaryUser, p.secretary);
        emitMeeting(meeting, new MinutesCirculated(meeting.id), sink);
        LocalDate lastDay = start.plusDays(2).toLocalDate().plusDays(8);
        emitMeeting(meeting, new ObjectionPeriodStarted(meeting.id, 8,
                lastDay.plusDays(1).atStartOfDay(COPENHAGEN).toInstant(), false), sink);
        body.previous = meeting;
        if (landmark) {
            landmarks.lastMeeting = meeting.id;
        }
    }

    // ------------------------------------------------------------------ emitting

    private long personSequence;

    private long nextPersonSequence() {
        return personSequence++;
    }

    private PersonId person(Partnership p, Sink sink, String organisation) throws Exception {
        PersonId person = id(PersonId::of);
        p.people++;
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        personSequence = 0;
        counts.people++;
        emit("Person", person.toString(), nextPersonSequence(), new PersonRegistered(person, first + " " + last,
                (first + "." + last + "." + p.number + "." + p.people).toLowerCase().replace("æ", "ae")
                        .replace("ø", "oe").replace("å", "aa") + "@eksempel.dk", null, organisation), sink);
        return person;
    }

    private void emitBody(BodyState body, Object payload, Sink sink) throws Exception {
        emit("Body", body.id.toString(), body.sequence++, payload, sink);
    }

    private void emitMeeting(MeetingRef meeting, Object payload, Sink sink) throws Exception {
        emit("Meeting", meeting.id.toString(), meeting.sequence++, payload, sink);
    }

    private void emitAction(ActionRef action, Object payload, Sink sink) throws Exception {
        emit("ActionItem", action.id.toString(), action.sequence++, payload, sink);
    }

    private void emit(String type, String aggregate, long sequence, Object payload, Sink sink) throws Exception {
        clock = clock.plusMillis(1 + random.nextInt(50));
        sink.accept(new Generated(type, aggregate, sequence, payload, clock, uuid().toString(), userId, personId,
                correlationId, causationId));
        count++;
        counts.events = count;
    }

    /** A new command from this user: its own correlation and causation ids, as a request gives. */
    private void command(String user, PersonId person) {
        userId = user;
        personId = person.toString();
        correlationId = uuid().toString();
        causationId = uuid().toString();
    }

    /** Moves the clock to this local time, never back. */
    private void at(LocalDateTime local) {
        Instant wanted = local.atZone(COPENHAGEN).toInstant();
        if (wanted.isAfter(clock)) {
            clock = wanted;
        }
    }

    private UUID uuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private <T> T id(java.util.function.Function<UUID, T> of) {
        return of.apply(uuid());
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static final String[] FIRST_NAMES = {"Anne", "Bo", "Camilla", "Dorte", "Emil", "Frida", "Gustav", "Hanne",
            "Ida", "Jens", "Karen", "Lars", "Mette", "Niels", "Ole", "Pia", "Rasmus", "Sofie", "Thomas", "Ulla",
            "Vibeke", "William", "Yasmin", "Zainab", "Ahmed", "Birgitte", "Christian", "Ditte", "Erik", "Fatima"};
    private static final String[] LAST_NAMES = {"Andersen", "Bech", "Christiansen", "Dahl", "Enevoldsen", "Frost",
            "Gregersen", "Holm", "Iversen", "Juhl", "Kjær", "Lund", "Mortensen", "Nørgaard", "Overgaard", "Poulsen",
            "Quist", "Riis", "Skov", "Thygesen", "Utoft", "Vestergaard", "Winther", "Østergaard", "Aagaard"};
    private static final String[] ORGANISATIONS = {"Kommunen", "Boligforeningen", "Boligselskabet", "Jobcentret",
            "Afdelingsbestyrelsen", "Politiet", "Skolen", "Frivilligcentret", "Administrationsselskabet"};
    private static final String[] LOCATIONS = {"Rådhuset, mødelokale 2", "Beboerhuset", "Boligforeningens kontor",
            "Medborgerhuset", "Fællessekretariatet, lokale 1", "Kulturhuset"};
    private static final String[] TOPICS = {"Status på helhedsplanen", "Børn, unge og familier",
            "Beboernetværk og demokrati", "Sundhed og bevægelse", "Image og kommunikation",
            "Uddannelse og beskæftigelse", "Budgetopfølgning", "Tryghedsindsatsen", "Fritidsjob til unge",
            "Lektiecafé", "Renovering af udearealer", "Evaluering af indsatsen", "Sommeraktiviteter"};
    private static final String[] BACKGROUND = {"Sekretariatet har udarbejdet et notat.",
            "Sagen er forberedt af arbejdsgruppen.", "Punktet er rejst af kvarternetværket.",
            "Der foreligger et budgetudkast.", "Evalueringen viser fremgang på flere mål."};
    private static final String[] NOTES = {"Der var enighed om retningen.", "Flere medlemmer bakkede op.",
            "Sekretariatet orienterede kort.", "Der blev spurgt til økonomien.", "Punktet blev drøftet grundigt.",
            "Erfaringerne fra sidste år blev inddraget.", "Der ønskes en opfølgning på næste møde."};
    private static final String[] DECISIONS = {"Indstillingen blev godkendt.", "Budgettet blev godkendt.",
            "Styregruppen tiltrådte planen.", "Forslaget blev vedtaget med de nævnte ændringer."};
    private static final String[] ACTIONS = {"Udarbejde notat", "Indkalde til temamøde", "Følge op med forvaltningen",
            "Sende status til styregruppen", "Afholde dialogmøde med beboerne", "Revidere handleplanen"};
    private static final String[] PROGRESS = {"Arbejdet er i gang.", "Notatet er under udarbejdelse.",
            "Mødet er aftalt.", "Afventer svar fra forvaltningen."};
}
