package dk.protokol.web.pages;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.actions.ActionSummary;
import dk.protokol.query.actions.FollowUp;
import dk.protokol.query.minutes.DecisionEntry;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.query.organisation.OrgChart;
import dk.protokol.query.organisation.PersonRef;
import dk.protokol.query.organisation.RelationLink;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the read side answers in the page tests: BolivVejle's FKU preparing a case for BPS. */
final class Fixtures {

    static final BodyId BPS = BodyId.random();
    static final BodyId FKU = BodyId.random();
    static final MeetingId MEETING = MeetingId.random();
    static final MeetingId EARLIER_MEETING = MeetingId.random();
    static final PersonRef MAYOR = new PersonRef(PersonId.random(), "Birgitte Borgmester");
    static final PersonRef DIRECTOR = new PersonRef(PersonId.random(), "Karsten Kommunaldirektør");
    static final PersonRef SECRETARY = new PersonRef(PersonId.random(), "Sara Sekretær");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final LocalDateTime START = DAY.atTime(14, 0);

    private Fixtures() {
    }

    static OrgChart orgChart() {
        OrgChart.Node fku = new OrgChart.Node(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, DIRECTOR,
                List.of(new OrgChart.Member(DIRECTOR.personId(), DIRECTOR.name(), MemberRole.CHAIR, "Vejle Kommune")),
                List.of(new RelationLink(RelationKind.PREPARES_FOR, BPS, "Boligpolitisk Styregruppe")), List.of());
        OrgChart.Node bps = new OrgChart.Node(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, MAYOR,
                List.of(new OrgChart.Member(MAYOR.personId(), MAYOR.name(), MemberRole.CHAIR, "Vejle Kommune")),
                List.of(), List.of(fku));
        return new OrgChart(DAY, null, List.of(new OrgChart.Organisation("BolivVejle", List.of(bps))));
    }

    static List<BodySummary> bodies() {
        return List.of(
                new BodySummary(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null,
                        DAY.minusYears(2), null, MAYOR),
                new BodySummary(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle", BPS,
                        DAY.minusYears(2), null, DIRECTOR));
    }

    static List<MeetingSummary> meetings() {
        return List.of(
                new MeetingSummary(EARLIER_MEETING, FKU, "Forum for Koordination og Udvikling", "BolivVejle",
                        START.minusMonths(3), START.minusMonths(3).plusHours(2), "Rådhuset, lokale 2",
                        MeetingStatus.MINUTES_APPROVED, "referat godkendt"),
                new MeetingSummary(MEETING, FKU, "Forum for Koordination og Udvikling", "BolivVejle",
                        START, START.plusHours(2), "Løget Beboerhus", MeetingStatus.CLOSED, "afholdt"));
    }

    static MinutesView minutes() {
        DecisionId decision = DecisionId.random();
        MinutesView.Item standing = new MinutesView.Item(AgendaItemId.random(), 1, "Opfølgning på tidligere beslutninger",
                AgendaItemKind.INFORMATION, "til orientering", null, null, true, false, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of());
        MinutesView.Item budget = new MinutesView.Item(AgendaItemId.random(), 2, "Budget for helhedsplanen 2027",
                AgendaItemKind.DECISION, "til beslutning", "Sekretariatet har udarbejdet et udkast.", DIRECTOR,
                false, false, null, "Forummet drøftede fordelingen.", "Det indstilles, at budgettet godkendes.",
                List.of(new MinutesView.Decision(decision, "Budgettet godkendes og sendes til BPS.",
                        DecisionOutcome.ADOPTED, "vedtaget", null, new MinutesView.Votes(7, 1, null), false,
                        List.of())),
                List.of(new MinutesView.Action(ActionId.random(), "Sende budgettet til BPS", SECRETARY,
                        DAY.plusWeeks(2), decision)),
                List.of(), List.of(), List.of());
        FollowUp workshop = new FollowUp(ActionId.random(), "Planlægge workshop i Nørremarken", SECRETARY,
                DAY.minusDays(5), true, new FollowUp.MeetingRef(EARLIER_MEETING, DAY.minusMonths(3)),
                "Workshop", null, List.of(new FollowUp.Progress("Lokale er booket", Instant.parse("2026-03-02T13:30:00Z"),
                new FollowUp.MeetingRef(MEETING, DAY))));
        return new MinutesView(MEETING, FKU, "Forum for Koordination og Udvikling", "BolivVejle",
                MeetingStatus.CLOSED, "afholdt", null, START, START.plusHours(2), "Løget Beboerhus",
                List.of(new MinutesView.Attendee(DIRECTOR.personId(), DIRECTOR.name(), "Vejle Kommune", null, null,
                        null, null)),
                List.of(new MinutesView.Attendee(MAYOR.personId(), MAYOR.name(), null, null, null, null, null)),
                List.of(), List.of(), SECRETARY, null, null, null, List.of(), List.of(standing, budget),
                List.of(workshop), List.of(), null);
    }

    /** The same minutes as a fællesmøde of FKU with BPS: each body with its voting members present and quorum. */
    static MinutesView jointMinutes() {
        MinutesView m = minutes();
        return new MinutesView(m.meetingId(), m.bodyId(), m.bodyName(), m.organisation(), m.status(), m.statusLabel(),
                m.cancelledReason(), m.start(), m.expectedEnd(), m.location(), m.present(), m.apologies(), m.absent(),
                m.guests(), m.referent(), m.approvedAt(), m.approvedBy(), m.approvedAtMeeting(), m.minutesApprovedHere(),
                m.agenda(), m.followUp(), m.corrections(), m.asOf(), m.chairOfTheDay(), m.kind(), List.of(
                new MinutesView.HoldingBody(FKU, "Forum for Koordination og Udvikling", true, List.of(DIRECTOR), 1,
                        null, null),
                new MinutesView.HoldingBody(BPS, "Boligpolitisk Styregruppe", false, List.of(), 0, 3, false)));
    }

    /** The same minutes approved by the director. */
    static MinutesView approvedMinutes() {
        MinutesView m = minutes();
        return new MinutesView(m.meetingId(), m.bodyId(), m.bodyName(), m.organisation(), MeetingStatus.MINUTES_APPROVED,
                "referat godkendt", m.cancelledReason(), m.start(), m.expectedEnd(), m.location(), m.present(),
                m.apologies(), m.absent(), m.guests(), m.referent(), Instant.parse("2026-03-09T12:00:00Z"), DIRECTOR,
                m.approvedAtMeeting(), m.minutesApprovedHere(), m.agenda(), m.followUp(), m.corrections(), m.asOf(),
                m.chairOfTheDay(), m.kind(), m.bodies());
    }

    static List<DecisionEntry> decisions() {
        return List.of(new DecisionEntry(DecisionId.random(), "Budgettet godkendes og sendes til BPS.",
                DecisionOutcome.ADOPTED, "vedtaget", MEETING, START, FKU, "Forum for Koordination og Udvikling",
                "BolivVejle", AgendaItemId.random(), 2, "Budget for helhedsplanen 2027"));
    }

    static List<ActionSummary> actions() {
        return List.of(new ActionSummary(ActionId.random(), "Planlægge workshop i Nørremarken", ActionStatus.OPEN,
                true, DAY.minusDays(5), null, SECRETARY, new BodyRef(FKU, "Forum for Koordination og Udvikling"),
                EARLIER_MEETING, DAY.minusMonths(3), AgendaItemId.random(), "Workshop", null));
    }
}
