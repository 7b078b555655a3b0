package dk.protokol.query.history;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.query.history.EventDescriber.Description;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Danish sentence and details each kind of event is told with, naming what earlier events recorded. */
class EventDescriberTest {

    static final MeetingId MEETING = MeetingId.random();
    static final BodyId BPS = BodyId.random();
    static final BodyId FKU = BodyId.random();
    static final AgendaItemId BUDGET = AgendaItemId.random();
    static final AgendaItemId OTHER = AgendaItemId.random();
    static final DecisionId DECISION = DecisionId.random();
    static final PersonId CHAIR = PersonId.random();
    static final PersonId ERASED = PersonId.random();

    final HistoryNames names = new HistoryNames(Map.of(CHAIR, "Birgitte Borgmester"),
            Map.of(BPS, "Boligpolitisk Styregruppe", FKU, "Forum for Koordination og Udvikling"));
    final EventDescriber describer = new EventDescriber(names);

    @Test
    void aMeetingIsPlannedInItsBodyAndMovedFromItsFormerTime() {
        Description planned = describer.describe(new MeetingScheduled(MEETING, BPS, LocalDateTime.of(2026, 3, 2, 14, 0),
                LocalDateTime.of(2026, 3, 2, 16, 0), "Rådhuset"));
        assertThat(planned.what()).isEqualTo("Mødet i Boligpolitisk Styregruppe blev planlagt til 2. marts 2026 kl. 14.00");
        assertThat(planned.details()).containsExactly("Forventet slut: 2. marts 2026 kl. 16.00", "Sted: Rådhuset");

        Description moved = describer.describe(new MeetingRescheduled(MEETING, LocalDateTime.of(2026, 3, 9, 9, 0),
                LocalDateTime.of(2026, 3, 9, 11, 0), "Løget Beboerhus"));
        assertThat(moved.what()).isEqualTo("Mødet blev flyttet til 9. marts 2026 kl. 09.00");
        assertThat(moved.details()).containsExactly("Før: 2. marts 2026 kl. 14.00",
                "Forventet slut: 9. marts 2026 kl. 11.00", "Sted: Løget Beboerhus");
        assertThat(describer.meetingBody()).isEqualTo(BPS);
        assertThat(describer.meetingStart()).isEqualTo(LocalDateTime.of(2026, 3, 9, 9, 0));
    }

    @Test
    void anAmendmentNamesTheItemByTheTitleItHadAndGivesTheNewOne() {
        Description added = describer.describe(new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION,
                "Udkast fra sekretariatet", CHAIR, false));
        assertThat(added.what()).isEqualTo("Punktet »Budget« blev sat på dagsordenen");
        assertThat(added.details()).containsExactly("Type: til beslutning", "Sagsfremstilling: Udkast fra sekretariatet",
                "Fremlægges af: Birgitte Borgmester");

        Description amended = describer.describe(new AgendaItemAmended(MEETING, BUDGET, "Budget 2027",
                AgendaItemKind.DISCUSSION, null));
        assertThat(amended.what()).isEqualTo("Punktet »Budget« blev ændret");
        assertThat(amended.details()).containsExactly("Ny titel: Budget 2027", "Type: til drøftelse");
        assertThat(describer.itemTitle(BUDGET)).isEqualTo("Budget 2027");
    }

    @Test
    void aNewPresenterIsToldWithTheFormerOne() {
        describer.describe(new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION, null, null, false));
        Description first = describer.describe(new AgendaItemPresenterChanged(MEETING, BUDGET, CHAIR));
        assertThat(first.what()).isEqualTo("Oplægsholder for punktet »Budget« blev ændret til Birgitte Borgmester");
        assertThat(first.details()).isEmpty();

        Description second = describer.describe(new AgendaItemPresenterChanged(MEETING, BUDGET, ERASED));
        assertThat(second.what()).isEqualTo("Oplægsholder for punktet »Budget« blev ændret til (ukendt person)");
        assertThat(second.details()).containsExactly("Før: Birgitte Borgmester");
        assertThat(EventDescriber.peopleNamed(new AgendaItemPresenterChanged(MEETING, BUDGET, CHAIR)))
                .containsExactly(CHAIR);
    }

    @Test
    void aRemovedPresenterIsToldWithWhoItWas() {
        describer.describe(new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION, null, CHAIR,
                false));
        Description removed = describer.describe(new AgendaItemPresenterChanged(MEETING, BUDGET, null));
        assertThat(removed.what()).isEqualTo("Oplægsholder for punktet »Budget« blev fjernet");
        assertThat(removed.details()).containsExactly("Før: Birgitte Borgmester");
        assertThat(EventDescriber.peopleNamed(new AgendaItemPresenterChanged(MEETING, BUDGET, null))).isEmpty();
    }

    @Test
    void aDecisionWithVotesAndARemarkOnIt() {
        describer.describe(new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION, null, null, false));
        Description decided = describer.describe(new DecisionRecorded(MEETING, BUDGET, DECISION,
                "Budgettet godkendes og sendes til BPS.", DecisionOutcome.ADOPTED, "Godkend", 5, 1, null, true));
        assertThat(decided.what()).isEqualTo("Beslutning i punktet »Budget«: vedtaget");
        assertThat(decided.details()).containsExactly("Beslutning: Budgettet godkendes og sendes til BPS.",
                "Indstilling: Godkend", "Stemmer: 5 for, 1 imod", "Indført i referatet efter mødets afslutning");

        Description remark = describer.describe(new RemarkRecorded(MEETING, DECISION, CHAIR, "Jeg tager forbehold."));
        assertThat(remark.what()).isEqualTo(
                "Protokolbemærkning fra Birgitte Borgmester til beslutningen »Budgettet godkendes og sendes til BPS.«");
        assertThat(remark.details()).containsExactly("Bemærkning: Jeg tager forbehold.");
    }

    @Test
    void longTextsAreCutInTheSentenceButNotInTheDetails() {
        String text = "Der nedsættes en arbejdsgruppe, som inden udgangen af året udarbejder en samlet plan for området.";
        describer.describe(new DecisionRecorded(MEETING, BUDGET, DECISION, text, DecisionOutcome.ADOPTED, null, null,
                null, null, false));
        Description action = describer.describe(new ActionAgreed(MEETING, BUDGET, ActionId.random(),
                "Indkalde til første møde", ERASED, LocalDate.of(2026, 4, 1), DECISION));
        assertThat(action.what()).isEqualTo("Handlingen »Indkalde til første møde« blev aftalt under punktet (ukendt punkt)");
        assertThat(action.details()).containsExactly("Ansvarlig: (ukendt person)", "Frist: 1. april 2026",
                "Følger op på beslutningen: »Der nedsættes en arbejdsgruppe, som inden udgangen af året…«");
    }

    @Test
    void peopleAndBodiesAreNamedFromTheLiveViewsAndTheUnknownSaySo() {
        describer.describe(new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION, null, null, false));
        assertThat(describer.describe(new CaseReferred(MEETING, BUDGET, ReferralId.random(), FKU, "Til forberedelse"))
                .what()).isEqualTo("Sagen i punktet »Budget« blev henvist til Forum for Koordination og Udvikling");
        Description attendance = describer.describe(new AttendanceRecorded(MEETING, ERASED, AttendanceStatus.PRESENT,
                CHAIR, null, BUDGET, null));
        assertThat(attendance.what()).isEqualTo("Fremmøde for (ukendt person): til stede");
        assertThat(attendance.details()).containsExactly("Suppleant for: Birgitte Borgmester",
                "Til og med punktet: Budget");
    }

    @Test
    void aReorderingListsTheNewOrderByTitle() {
        describer.describe(new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION, null, null, false));
        describer.describe(new AgendaItemAdded(MEETING, OTHER, "Eventuelt", AgendaItemKind.INFORMATION, null, null,
                false));
        Description reordered = describer.describe(new AgendaReordered(MEETING, List.of(OTHER, BUDGET)));
        assertThat(reordered.what()).isEqualTo("Dagsordenen fik en ny rækkefølge");
        assertThat(reordered.details()).containsExactly("1. Eventuelt", "2. Budget");
    }

    @Test
    void aBodysEstablishmentMembersAndRelations() {
        Description established = describer.describe(new BodyEstablished(FKU, "Forum for Koordination og Udvikling",
                BodyKind.FORUM, "BolivVejle", BPS, null, 4, 3, LocalDate.of(2024, 1, 1)));
        assertThat(established.what()).isEqualTo("Organet »Forum for Koordination og Udvikling« blev oprettet");
        assertThat(established.details()).containsExactly("Type: forum", "Partnerskab: BolivVejle",
                "Hører under: Boligpolitisk Styregruppe", "Møder om året: 4", "Beslutningsdygtigt med: 3 stemmeberettigede",
                "Fra: 1. januar 2024");
        assertThat(describer.describe(new BodyRelationDeclared(FKU, BPS, RelationKind.PREPARES_FOR)).what())
                .isEqualTo("Organet forbereder sager til Boligpolitisk Styregruppe");
        Description appointed = describer.describe(new MemberAppointed(FKU, CHAIR, MemberRole.VICE_CHAIR,
                "Vejle Kommune", LocalDate.of(2024, 2, 1)));
        assertThat(appointed.what()).isEqualTo("Birgitte Borgmester blev udpeget som næstformand fra 1. februar 2024");
        assertThat(appointed.details()).containsExactly("Repræsenterer: Vejle Kommune");
        assertThat(describer.describe(new MembershipEnded(FKU, CHAIR, LocalDate.of(2025, 12, 31), null)).what())
                .isEqualTo("Medlemskabet for Birgitte Borgmester sluttede 31. december 2025");
        assertThat(describer.establishedName(FKU)).isEqualTo("Forum for Koordination og Udvikling");
    }

    @Test
    void aPersonsChangeSaysWhatChangedWithoutShowingContactDetails() {
        Description registered = describer.describe(new PersonRegistered(CHAIR, "Birgitte Borgmester",
                "bb@vejle.dk", "12345678", "Vejle Kommune"));
        assertThat(registered.what()).isEqualTo("Personen blev registreret");
        assertThat(registered.details()).containsExactly("Navn: Birgitte Borgmester", "Organisation: Vejle Kommune");
        Description changed = describer.describe(new PersonDetailsChanged(CHAIR, "Birgitte Borgmester",
                "borgmester@vejle.dk", "12345678", "Vejle Byråd"));
        assertThat(changed.what()).isEqualTo("Personens oplysninger blev ændret");
        assertThat(changed.details()).containsExactly("Ændret: organisation, e-mail", "Organisation: Vejle Byråd");
        assertThat(String.join(" ", changed.details())).doesNotContain("@");
    }

    @Test
    void theEventsPeopleAndBodiesAreCollectedForTheirNames() {
        assertThat(EventDescriber.peopleNamed(new AttendanceRecorded(MEETING, ERASED, AttendanceStatus.PRESENT,
                CHAIR, null, null, null))).containsExactly(ERASED, CHAIR);
        assertThat(EventDescriber.bodiesNamed(new BodyEstablished(FKU, "FKU", BodyKind.FORUM, "BolivVejle", BPS,
                null, null, null, null))).containsExactly(FKU, BPS);
        assertThat(EventDescriber.peopleNamed(new MeetingScheduled(MEETING, BPS, null, null, null))).isEmpty();
    }
}
