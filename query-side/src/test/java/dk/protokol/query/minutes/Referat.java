package dk.protokol.query.minutes;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.MinutesCorrected;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.query.common.EventHistory;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.query.organisation.BodyFold;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.PersonView;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Two meetings of a steering group, recorded one event an hour from {@link #FIRST_RECORDED}: the March
 * meeting from scheduling to a correction of its approved minutes, approved under the standing item of
 * the June meeting. People are fictitious. Also the names of the organisation views and a fake
 * {@link EventHistory} over the events.
 */
final class Referat {

    static final Instant FIRST_RECORDED = Instant.parse("2024-02-01T08:00:00Z");

    static final PersonId BORGMESTER = PersonId.of("00000000-0000-0000-0000-0000000000a1");
    static final PersonId DIREKTOER = PersonId.of("00000000-0000-0000-0000-0000000000a2");
    static final PersonId SEKRETAER = PersonId.of("00000000-0000-0000-0000-0000000000a3");
    static final PersonId AAGE = PersonId.of("00000000-0000-0000-0000-0000000000a4");
    static final PersonId ANNA = PersonId.of("00000000-0000-0000-0000-0000000000a5");
    static final PersonId GAEST = PersonId.of("00000000-0000-0000-0000-0000000000a6");
    static final PersonId ERASED = PersonId.of("00000000-0000-0000-0000-0000000000a7");

    static final BodyId BPS = BodyId.of("00000000-0000-0000-0000-0000000000b1");
    static final BodyId FKU = BodyId.of("00000000-0000-0000-0000-0000000000b2");

    static final MeetingId MARCH = MeetingId.of("00000000-0000-0000-0000-0000000000c1");
    static final MeetingId JUNE = MeetingId.of("00000000-0000-0000-0000-0000000000c2");

    static final AgendaItemId STANDING = AgendaItemId.of("00000000-0000-0000-0000-0000000000d1");
    static final AgendaItemId BUDGET = AgendaItemId.of("00000000-0000-0000-0000-0000000000d2");
    static final AgendaItemId STATUS = AgendaItemId.of("00000000-0000-0000-0000-0000000000d3");
    static final AgendaItemId WITHDRAWN = AgendaItemId.of("00000000-0000-0000-0000-0000000000d4");
    static final AgendaItemId JUNE_STANDING = AgendaItemId.of("00000000-0000-0000-0000-0000000000d5");

    static final DecisionId BUDGET_DECISION = DecisionId.of("00000000-0000-0000-0000-0000000000e1");
    static final ActionId BUDGET_ACTION = ActionId.of("00000000-0000-0000-0000-0000000000e2");
    static final ReferralId REFERRAL = ReferralId.of("00000000-0000-0000-0000-0000000000e3");
    static final CorrectionId CORRECTION = CorrectionId.of("00000000-0000-0000-0000-0000000000e4");

    static final LocalDateTime MARCH_START = LocalDateTime.of(2024, 3, 12, 9, 0);
    static final LocalDateTime JUNE_START = LocalDateTime.of(2024, 6, 11, 9, 0);

    static final String NOTES = "Sekretariatet gennemgik budgettet.";
    static final String CORRECTED_NOTES = "Sekretariatet og FKU gennemgik budgettet.";

    /** One recorded event: the meeting event and the person in its metadata. */
    record Entry(MeetingEvent event, PersonId by) {
    }

    static final List<Entry> EVENTS = List.of(
            new Entry(new MeetingScheduled(MARCH, BPS, MARCH_START.minusDays(1), MARCH_START.plusHours(1),
                    "Rådhuset"), SEKRETAER),
            new Entry(new MeetingRescheduled(MARCH, MARCH_START, MARCH_START.plusHours(2),
                    "Rådhuset, mødelokale 2"), SEKRETAER),
            new Entry(new AgendaItemAdded(MARCH, STANDING, "Godkendelse af dagsorden og referat",
                    AgendaItemKind.DECISION, null, null, true), SEKRETAER),
            new Entry(new AgendaItemAdded(MARCH, STATUS, "Status på helhedsplanen", AgendaItemKind.INFORMATION,
                    "Halvårsstatus", SEKRETAER, false), SEKRETAER),
            new Entry(new AgendaItemAdded(MARCH, WITHDRAWN, "Nyt mødested", AgendaItemKind.DISCUSSION, null, null,
                    false), SEKRETAER),
            new Entry(new AgendaItemAdded(MARCH, BUDGET, "Budget 2025", AgendaItemKind.DECISION,
                    "Forslag til budget", DIREKTOER, false), SEKRETAER),
            new Entry(new AgendaItemWithdrawn(MARCH, WITHDRAWN, "Afventer kommunen"), SEKRETAER),
            new Entry(new AgendaReordered(MARCH, List.of(STANDING, BUDGET, STATUS)), SEKRETAER),
            new Entry(new AgendaPublished(MARCH), SEKRETAER),
            // Anna presents the status instead of the secretary, decided after the agenda went out
            new Entry(new AgendaItemPresenterChanged(MARCH, STATUS, ANNA), SEKRETAER),
            new Entry(new AttendanceRecorded(MARCH, AAGE, AttendanceStatus.APOLOGIES, null, null, null, null),
                    SEKRETAER),
            new Entry(new AttendanceRecorded(MARCH, BORGMESTER, AttendanceStatus.PRESENT, null, null, null, null),
                    SEKRETAER),
            new Entry(new AttendanceRecorded(MARCH, ANNA, AttendanceStatus.PRESENT, AAGE, null, null, null),
                    SEKRETAER),
            new Entry(new AttendanceRecorded(MARCH, DIREKTOER, AttendanceStatus.APOLOGIES, null, null, null, null),
                    SEKRETAER),
            // the director came after all, for the budget only: the latest record replaces the apologies
            new Entry(new AttendanceRecorded(MARCH, DIREKTOER, AttendanceStatus.PRESENT, null, BUDGET, BUDGET,
                    "kom til punkt 2"), SEKRETAER),
            new Entry(new AttendanceRecorded(MARCH, GAEST, AttendanceStatus.GUEST, null, STATUS, null, null),
                    SEKRETAER),
            new Entry(new AttendanceRecorded(MARCH, ERASED, AttendanceStatus.ABSENT, null, null, null, null),
                    SEKRETAER),
            new Entry(new ConflictOfInterestDeclared(MARCH, BUDGET, ANNA, "ansat i boligselskabet"), SEKRETAER),
            new Entry(new MeetingOpened(MARCH), SEKRETAER),
            new Entry(new ItemNotesRecorded(MARCH, BUDGET, "Udkast"), SEKRETAER),
            new Entry(new ItemNotesRecorded(MARCH, BUDGET, NOTES), SEKRETAER),
            new Entry(new DecisionRecorded(MARCH, BUDGET, BUDGET_DECISION, "Styregruppen godkender budget 2025.",
                    DecisionOutcome.ADOPTED, "Sekretariatet indstiller, at budgettet godkendes.", 5, 1, 0, false),
                    SEKRETAER),
            new Entry(new RemarkRecorded(MARCH, BUDGET_DECISION, BORGMESTER, "Ønsker flere midler til unge."),
                    SEKRETAER),
            new Entry(new ActionAgreed(MARCH, BUDGET, BUDGET_ACTION, "Sende budgettet til byrådet", DIREKTOER,
                    LocalDate.of(2024, 4, 1), BUDGET_DECISION), SEKRETAER),
            new Entry(new CaseReferred(MARCH, BUDGET, REFERRAL, FKU, "FKU udarbejder handleplan"), SEKRETAER),
            new Entry(new MeetingClosed(MARCH), SEKRETAER),
            new Entry(new MinutesCirculated(MARCH), SEKRETAER),
            new Entry(new MeetingScheduled(JUNE, BPS, JUNE_START, JUNE_START.plusHours(2), "Løget Beboerhus"),
                    SEKRETAER),
            new Entry(new AgendaItemAdded(JUNE, JUNE_STANDING, "Godkendelse af dagsorden og referat",
                    AgendaItemKind.DECISION, null, null, true), SEKRETAER),
            new Entry(new MinutesApproved(MARCH, BORGMESTER, JUNE), BORGMESTER),
            new Entry(new MinutesCorrected(MARCH, CORRECTION, BUDGET, CORRECTED_NOTES, "FKU deltog også"),
                    SEKRETAER));

    static final Instant PRESENTER_CHANGE_RECORDED = recordedAt(indexOf(AgendaItemPresenterChanged.class));
    static final Instant APPROVAL_RECORDED = recordedAt(indexOf(MinutesApproved.class));
    static final Instant CORRECTION_RECORDED = recordedAt(indexOf(MinutesCorrected.class));

    private Referat() {
    }

    static Instant recordedAt(int index) {
        return FIRST_RECORDED.plus(Duration.ofHours(index));
    }

    static int indexOf(Class<?> type) {
        for (int i = 0; i < EVENTS.size(); i++) {
            if (type.isInstance(EVENTS.get(i).event())) {
                return i;
            }
        }
        throw new IllegalArgumentException(type.getName());
    }

    static Recording recording(int index) {
        return new Recording(recordedAt(index), EVENTS.get(index).by());
    }

    static List<RecordedEvent> recorded() {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int i = 0; i < EVENTS.size(); i++) {
            Entry entry = EVENTS.get(i);
            recorded.add(new RecordedEvent(i, recordedAt(i), "Meeting", entry.event().meetingId().toString(), i,
                    entry.event(), Map.of("personId", entry.by().toString(), "userId", "sekretaer")));
        }
        return recorded;
    }

    /** The meeting folded from all its events, as the live projection holds it. */
    static MeetingState state(MeetingId meeting) {
        return MinutesReplay.asOf(history(), meeting, null);
    }

    /**
     * The organisation as the store recorded it before the meetings (a minute apart, ending an hour before
     * {@link #FIRST_RECORDED}): the people and bodies of {@link #people()} and {@link #bodies()}, so that an as-of
     * answer, which names them as recorded then, names them as the live views do.
     */
    static List<RecordedEvent> organisation() {
        List<Object> events = new ArrayList<>();
        people().values().stream().sorted(java.util.Comparator.comparing(person -> person.id().toString()))
                .forEach(person -> events.add(new PersonRegistered(person.id(), person.name(), person.email(),
                        person.phone(), person.organisation())));
        LocalDate start = LocalDate.of(2020, 1, 1);
        events.add(new BodyEstablished(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null,
                null, 4, null, start));
        events.add(new MemberAppointed(BPS, BORGMESTER, MemberRole.CHAIR, "Vejle Kommune", start));
        events.add(new MemberAppointed(BPS, AAGE, MemberRole.MEMBER, "AAB", start));
        events.add(new MemberAppointed(BPS, DIREKTOER, MemberRole.MEMBER, null, start));
        events.add(new BodyEstablished(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle", BPS,
                null, 4, null, start));
        List<RecordedEvent> recorded = new ArrayList<>();
        Map<String, Long> sequences = new java.util.HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Object event = events.get(i);
            boolean person = event instanceof PersonEvent;
            String aggregateId = person ? ((PersonEvent) event).personId().toString()
                    : ((BodyEvent) event).bodyId().toString();
            long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
            recorded.add(new RecordedEvent(-events.size() + i, FIRST_RECORDED.minus(Duration.ofHours(1))
                    .minus(Duration.ofMinutes(events.size() - i)), person ? "Person" : "Body", aggregateId, sequence,
                    event, Map.of("userId", "admin")));
        }
        return recorded;
    }

    /** The store's history as the infra implementation gives it: up to and including {@code asOf}. */
    static EventHistory history() {
        return history(List.of());
    }

    /** The same with {@code later} recorded after the meetings' events. */
    static EventHistory history(List<RecordedEvent> later) {
        List<RecordedEvent> store = new ArrayList<>(organisation());
        store.addAll(recorded());
        store.addAll(later);
        return new EventHistory() {
            @Override
            public void replay(Set<String> aggregateTypes, Instant asOf, Consumer<RecordedEvent> sink) {
                store.stream()
                        .filter(event -> aggregateTypes.contains(event.aggregateType()))
                        .filter(event -> asOf == null || !event.recordedAt().isAfter(asOf))
                        .forEach(sink);
            }

            @Override
            public void replayAggregate(String aggregateId, Instant asOf, Consumer<RecordedEvent> sink) {
                store.stream()
                        .filter(event -> event.aggregateId().equals(aggregateId))
                        .filter(event -> asOf == null || !event.recordedAt().isAfter(asOf))
                        .forEach(sink);
            }
        };
    }

    /** The people view; ERASED is not in it (an erased or unknown person has no name). */
    static Map<PersonId, PersonView> people() {
        return Map.of(
                BORGMESTER, new PersonView(BORGMESTER, "Bo Borgmester", null, null, "Vejle Kommune"),
                DIREKTOER, new PersonView(DIREKTOER, "Dorte Direktør", null, null, "Vejle Kommune"),
                SEKRETAER, new PersonView(SEKRETAER, "Sif Sekretær", null, null, "Fællessekretariatet"),
                AAGE, new PersonView(AAGE, "Åge Ågesen", null, null, "AAB"),
                ANNA, new PersonView(ANNA, "Anna Andersen", null, null, "AAB"),
                GAEST, new PersonView(GAEST, "Gitte Gæst", null, null, "Evaluator"));
    }

    /** The bodies view: BPS with its members (Åge and the mayor represent something) and FKU. */
    static Map<BodyId, BodyView> bodies() {
        LocalDate start = LocalDate.of(2020, 1, 1);
        BodyView bps = BodyFold.apply(null, new BodyEstablished(BPS, "Boligpolitisk Styregruppe",
                BodyKind.STEERING_GROUP, "BolivVejle", null, null, 4, null, start));
        bps = BodyFold.apply(bps, new MemberAppointed(BPS, BORGMESTER, MemberRole.CHAIR, "Vejle Kommune", start));
        bps = BodyFold.apply(bps, new MemberAppointed(BPS, AAGE, MemberRole.MEMBER, "AAB", start));
        bps = BodyFold.apply(bps, new MemberAppointed(BPS, DIREKTOER, MemberRole.MEMBER, null, start));
        BodyView fku = BodyFold.apply(null, new BodyEstablished(FKU, "Forum for Koordination og Udvikling",
                BodyKind.FORUM, "BolivVejle", BPS, null, 4, null, start));
        return Map.of(BPS, bps, FKU, fku);
    }

    static Directory directory() {
        return new Directory(people(), bodies());
    }
}
