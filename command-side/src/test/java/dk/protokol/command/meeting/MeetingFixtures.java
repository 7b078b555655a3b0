package dk.protokol.command.meeting;

import dk.protokol.command.common.InMemoryMeetingLookup;
import dk.protokol.command.common.InMemoryOrganisationLookup;
import dk.protokol.command.common.InMemoryPersonalData;
import dk.protokol.command.common.InMemoryReferralLookup;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.organisation.MemberRole;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The world the Meeting tests play in: a BPS meeting on 10 March 2026 with a decision item and an item for
 * information after the standing item, the steering group's members (quorum 3), and histories of the meeting
 * at each stage of its life.
 */
final class MeetingFixtures {

    static final BodyId BPS = BodyId.random();
    static final BodyId FKU = BodyId.random();
    static final BodyId THEME_GROUP = BodyId.random();
    static final int BPS_QUORUM = 3;

    static final PersonId MAYOR = PersonId.random();
    static final PersonId DEPUTY = PersonId.random();
    static final PersonId AAB = PersonId.random();
    static final PersonId DOMEA = PersonId.random();
    static final PersonId LEJERBO = PersonId.random();
    static final PersonId SUBSTITUTE = PersonId.random();
    static final PersonId OBSERVER = PersonId.random();
    static final PersonId SECRETARY = PersonId.random();
    /** Registered, but in no body: a guest. */
    static final PersonId CONSULTANT = PersonId.random();
    /** Was a member of BPS until the end of 2025. */
    static final PersonId FORMER_MAYOR = PersonId.random();

    static final MeetingId MEETING = MeetingId.random();
    static final MeetingId NEXT_MEETING = MeetingId.random();
    static final MeetingId FKU_MEETING = MeetingId.random();
    static final AgendaItemId STANDING = AgendaItemId.random();
    static final AgendaItemId PLAN = AgendaItemId.random();
    static final AgendaItemId NEWS = AgendaItemId.random();
    static final DecisionId PLAN_ADOPTED = DecisionId.random();
    static final AgendaItemId FKU_BUDGET_ITEM = AgendaItemId.random();
    /** Referred by FKU to BPS, waiting for an agenda. */
    static final ReferralId BUDGET_REFERRAL = ReferralId.random();
    /** Referred by FKU to BPS and already on the agenda of BPS's next meeting. */
    static final ReferralId ACCEPTED_REFERRAL = ReferralId.random();
    /** Referred by BPS to FKU: meant for FKU's meetings. */
    static final ReferralId REFERRAL_TO_FKU = ReferralId.random();

    static final LocalDateTime START = LocalDateTime.of(2026, 3, 10, 14, 0);
    static final LocalDateTime END = START.plusHours(2);
    static final LocalDate MEETING_DAY = START.toLocalDate();
    static final LocalDate NEXT_MEETING_DAY = LocalDate.of(2026, 6, 9);
    static final LocalDate FKU_MEETING_DAY = LocalDate.of(2026, 2, 17);
    static final String PLACE = "Vejle Rådhus, mødelokale 1";

    private MeetingFixtures() {
    }

    static InMemoryOrganisationLookup organisation() {
        return new InMemoryOrganisationLookup()
                .withBody(BPS, BPS_QUORUM).withBody(FKU)
                .withDissolvedBody(THEME_GROUP, LocalDate.of(2025, 6, 30))
                .withMember(BPS, MAYOR, MemberRole.CHAIR)
                .withMember(BPS, DEPUTY, MemberRole.VICE_CHAIR)
                .withMember(BPS, AAB, MemberRole.MEMBER)
                .withMember(BPS, DOMEA, MemberRole.MEMBER)
                .withMember(BPS, LEJERBO, MemberRole.MEMBER)
                .withMember(BPS, SUBSTITUTE, MemberRole.SUBSTITUTE)
                .withMember(BPS, OBSERVER, MemberRole.OBSERVER)
                .withMember(BPS, SECRETARY, MemberRole.SECRETARY)
                .withMember(BPS, FORMER_MAYOR, MemberRole.CHAIR, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31))
                .withPerson(CONSULTANT);
    }

    static InMemoryMeetingLookup meetings() {
        return new InMemoryMeetingLookup()
                .withMeeting(MEETING, BPS, MEETING_DAY).withMeeting(NEXT_MEETING, BPS, NEXT_MEETING_DAY)
                .withMeeting(FKU_MEETING, FKU, FKU_MEETING_DAY);
    }

    /**
     * Referred cases: two from FKU to BPS (one waiting for an agenda, one already on the agenda of BPS's next
     * meeting) and one from BPS to FKU (meant for FKU's meetings, not BPS's).
     */
    static InMemoryReferralLookup referrals() {
        return new InMemoryReferralLookup()
                .with(new KnownReferral(BUDGET_REFERRAL, FKU, FKU_MEETING, FKU_BUDGET_ITEM, "Budget for helhedsplanen",
                        "BPS bedes godkende budgettet.", BPS, null, null))
                .with(new KnownReferral(ACCEPTED_REFERRAL, FKU, FKU_MEETING, FKU_BUDGET_ITEM,
                        "Budget for helhedsplanen", "BPS bedes godkende budgettet.", BPS, NEXT_MEETING,
                        AgendaItemId.random()))
                .with(new KnownReferral(REFERRAL_TO_FKU, BPS, NEXT_MEETING, AgendaItemId.random(), "Boligsociale tal",
                        "FKU bedes udarbejde et notat.", FKU, null, null));
    }

    static FixtureConfiguration<Meeting> fixture(InMemoryOrganisationLookup organisation) {
        return fixture(organisation, new InMemoryAttachmentStore());
    }

    static FixtureConfiguration<Meeting> fixture(InMemoryOrganisationLookup organisation,
                                                 InMemoryAttachmentStore attachments) {
        AggregateTestFixture<Meeting> fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(attachments);
        fixture.registerInjectableResource(organisation);
        fixture.registerInjectableResource(meetings());
        fixture.registerInjectableResource(referrals());
        fixture.registerInjectableResource(new InMemoryPersonalData());
        return fixture;
    }

    static FixtureConfiguration<Meeting> fixture() {
        return fixture(organisation());
    }

    // ---- the meeting's history at each stage

    static List<Object> scheduled() {
        return List.of(new MeetingScheduled(MEETING, BPS, START, END, PLACE),
                new AgendaItemAdded(MEETING, STANDING, Meeting.STANDING_ITEM_TITLE, AgendaItemKind.DECISION, null,
                        null, true));
    }

    /** Scheduled, with a decision item (the action plan) and an item for information. */
    static List<Object> withItems() {
        return history(scheduled(),
                new AgendaItemAdded(MEETING, PLAN, "Handleplan 2027", AgendaItemKind.DECISION,
                        "Udkast til handleplan vedlagt.", null, false),
                new AgendaItemAdded(MEETING, NEWS, "Nyt fra sekretariatet", AgendaItemKind.INFORMATION, null, null,
                        false));
    }

    static List<Object> published() {
        return history(withItems(), new AgendaPublished(MEETING));
    }

    static List<Object> open() {
        return history(published(), new MeetingOpened(MEETING));
    }

    /** Open, with the chair, the vice-chair and two members present: quorate (4 of at least 3). */
    static List<Object> openAndQuorate() {
        return history(open(), present(MAYOR), present(DEPUTY), present(AAB), present(DOMEA));
    }

    static List<Object> closed() {
        return history(openAndQuorate(), planAdopted(), new MeetingClosed(MEETING));
    }

    static List<Object> circulated() {
        return history(closed(), new MinutesCirculated(MEETING));
    }

    static List<Object> approved() {
        return history(circulated(), new MinutesApproved(MEETING, MAYOR, NEXT_MEETING));
    }

    static List<Object> cancelled() {
        return history(withItems(), new MeetingCancelled(MEETING, "Formanden er forhindret"));
    }

    // ---- events

    static AttendanceRecorded present(PersonId person) {
        return new AttendanceRecorded(MEETING, person, AttendanceStatus.PRESENT, null, null, null, null);
    }

    static AttendanceRecorded standingInFor(PersonId substitute, PersonId member) {
        return new AttendanceRecorded(MEETING, substitute, AttendanceStatus.PRESENT, member, null, null, null);
    }

    static DecisionRecorded planAdopted() {
        return new DecisionRecorded(MEETING, PLAN, PLAN_ADOPTED, "Handleplanen godkendes.", DecisionOutcome.ADOPTED,
                null, null, null, null, false);
    }

    static List<Object> history(Object... parts) {
        List<Object> events = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                events.addAll(list);
            } else if (part instanceof Object[] array) {
                events.addAll(Arrays.asList(array));
            } else {
                events.add(part);
            }
        }
        return events;
    }
}
