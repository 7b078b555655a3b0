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
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.organisation.BodyCadenceChanged;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyMandateChanged;
import dk.protokol.events.organisation.BodyQuorumChanged;
import dk.protokol.events.organisation.BodyRelationEnded;
import dk.protokol.events.organisation.BodyRenamed;
import dk.protokol.events.organisation.SuccessorBodyNamed;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.query.history.EventDescriber.Description;
import dk.protokol.query.organisation.Names;
import dk.protokol.query.common.KeyedPersonalData;
import dk.protokol.query.organisation.PersonView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Danish sentence and details each kind of event is told with, naming what earlier events recorded; and the
 * English ones for a representative set (the Danish ones are the default and must not change).
 */
class EventDescriberTest {

    static final MeetingId MEETING = MeetingId.random();
    static final BodyId BPS = BodyId.random();
    static final BodyId FKU = BodyId.random();
    static final AgendaItemId BUDGET = AgendaItemId.random();
    static final AgendaItemId OTHER = AgendaItemId.random();
    static final DecisionId DECISION = DecisionId.random();
    static final PersonId CHAIR = PersonId.random();
    static final PersonId ERASED = PersonId.random();

    final Names names = new Names(Map.of(CHAIR, "Birgitte Borgmester"),
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
        Description again = describer.describe(new BodyRelationDeclared(FKU, BPS, RelationKind.PREPARES_FOR,
                LocalDate.of(2026, 9, 1)));
        assertThat(again.what()).isEqualTo("Organet forbereder sager til Boligpolitisk Styregruppe");
        assertThat(again.details()).containsExactly("Fra: 1. september 2026");
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

    // ---- in English

    final EventDescriber english = new EventDescriber(names, HistoryWords.ENGLISH);

    @Test
    void inEnglishAMeetingIsScheduledAndMovedWithEnglishDates() {
        Description planned = english.describe(new MeetingScheduled(MEETING, BPS, LocalDateTime.of(2026, 12, 3, 14, 0),
                LocalDateTime.of(2026, 12, 3, 16, 0), "Rådhuset"));
        assertThat(planned.what()).isEqualTo("The meeting of Boligpolitisk Styregruppe was scheduled for 3 December 2026, 14:00");
        assertThat(planned.details()).containsExactly("Expected end: 3 December 2026, 16:00", "Place: Rådhuset");

        Description moved = english.describe(new MeetingRescheduled(MEETING, LocalDateTime.of(2026, 12, 10, 9, 0),
                null, null));
        assertThat(moved.what()).isEqualTo("The meeting was moved to 10 December 2026, 09:00");
        assertThat(moved.details()).containsExactly("Before: 3 December 2026, 14:00");
    }

    @Test
    void inEnglishAnItemIsAddedAmendedAndWithdrawn() {
        Description added = english.describe(new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION,
                "Udkast fra sekretariatet", CHAIR, true));
        assertThat(added.what()).isEqualTo("The item \"Budget\" was put on the agenda");
        assertThat(added.details()).containsExactly("Kind: for decision", "Case presentation: Udkast fra sekretariatet",
                "Presented by: Birgitte Borgmester", "Standing item on the agenda");

        Description amended = english.describe(new AgendaItemAmended(MEETING, BUDGET, "Budget 2027",
                AgendaItemKind.DISCUSSION, null));
        assertThat(amended.what()).isEqualTo("The item \"Budget\" was amended");
        assertThat(amended.details()).containsExactly("New title: Budget 2027", "Kind: for discussion");

        Description withdrawn = english.describe(new AgendaItemWithdrawn(MEETING, BUDGET, "Sagen er ikke klar"));
        assertThat(withdrawn.what()).isEqualTo("The item \"Budget 2027\" was withdrawn from the agenda");
        assertThat(withdrawn.details()).containsExactly("Reason: Sagen er ikke klar");
    }

    @Test
    void inEnglishAPresenterIsChangedAndRemoved() {
        english.describe(new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION, null, null, false));
        assertThat(english.describe(new AgendaItemPresenterChanged(MEETING, BUDGET, CHAIR)).what())
                .isEqualTo("The presenter of the item \"Budget\" was changed to Birgitte Borgmester");
        Description removed = english.describe(new AgendaItemPresenterChanged(MEETING, BUDGET, null));
        assertThat(removed.what()).isEqualTo("The presenter of the item \"Budget\" was removed");
        assertThat(removed.details()).containsExactly("Before: Birgitte Borgmester");
    }

    @Test
    void aSealedRemarkIsToldThroughThePortAndAfterItsAuthorsErasureAsRemoved() {
        KeyedPersonalData personalData = new KeyedPersonalData();
        String sealed = personalData.seal(CHAIR, "Birgitte Borgmester tager forbehold.");
        RemarkRecorded remark = new RemarkRecorded(MEETING, DECISION, CHAIR, sealed);

        Description told = new EventDescriber(names, HistoryWords.DANISH, personalData).describe(remark);
        assertThat(told.details()).containsExactly("Bemærkning: Birgitte Borgmester tager forbehold.");

        personalData.forget(CHAIR);
        Names erased = new Names(Map.of(CHAIR, PersonView.ERASED_NAME), Map.of());
        Description danish = new EventDescriber(erased, HistoryWords.DANISH, personalData).describe(remark);
        assertThat(danish.what()).startsWith("Protokolbemærkning fra Slettet person til beslutningen");
        assertThat(danish.details()).containsExactly("Bemærkning fjernet: forfatteren er slettet");
        Description english = new EventDescriber(erased, HistoryWords.ENGLISH, personalData).describe(remark);
        assertThat(english.what()).startsWith("Remark for the record by Erased person on the decision");
        assertThat(english.details()).containsExactly("Remark removed: the author was erased");
    }

    @Test
    void aPlaintextRemarkOfRevisionOneIsRemovedOnceItsAuthorIsErased() {
        RemarkRecorded old = new RemarkRecorded(MEETING, DECISION, CHAIR, "Birgitte Borgmester tager forbehold.");
        Names erased = new Names(Map.of(CHAIR, PersonView.ERASED_NAME), Map.of());

        assertThat(new EventDescriber(erased).describe(old).details())
                .containsExactly("Bemærkning fjernet: forfatteren er slettet");
        assertThat(new EventDescriber(erased, HistoryWords.DANISH, new KeyedPersonalData()).describe(old).details())
                .containsExactly("Bemærkning fjernet: forfatteren er slettet");
    }

    @Test
    void inEnglishADecisionWithVotesARemarkAndAnActionFollowingItUp() {
        english.describe(new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION, null, null, false));
        Description decided = english.describe(new DecisionRecorded(MEETING, BUDGET, DECISION,
                "Budgettet godkendes og sendes til BPS.", DecisionOutcome.ADOPTED, "Godkend", 5, 1, 2, true));
        assertThat(decided.what()).isEqualTo("Decision in the item \"Budget\": adopted");
        assertThat(decided.details()).containsExactly("Decision: Budgettet godkendes og sendes til BPS.",
                "Recommendation: Godkend", "Votes: 5 for, 1 against, 2 abstained",
                "Entered in the minutes after the meeting closed");

        Description remark = english.describe(new RemarkRecorded(MEETING, DECISION, CHAIR, "Jeg tager forbehold."));
        assertThat(remark.what()).isEqualTo("Remark for the record by Birgitte Borgmester on the decision"
                + " \"Budgettet godkendes og sendes til BPS.\"");
        assertThat(remark.details()).containsExactly("Note: Jeg tager forbehold.");

        Description action = english.describe(new ActionAgreed(MEETING, BUDGET, ActionId.random(),
                "Send budgettet til BPS", ERASED, LocalDate.of(2026, 4, 1), DECISION));
        assertThat(action.what()).isEqualTo("The action \"Send budgettet til BPS\" was agreed under the item \"Budget\"");
        assertThat(action.details()).containsExactly("Responsible: (unknown person)", "Due: 1 April 2026",
                "Follows up the decision: \"Budgettet godkendes og sendes til BPS.\"");
    }

    @Test
    void inEnglishAttendanceAReferralAndAReordering() {
        english.describe(new AgendaItemAdded(MEETING, BUDGET, "Budget", AgendaItemKind.DECISION, null, null, false));
        Description attendance = english.describe(new AttendanceRecorded(MEETING, ERASED, AttendanceStatus.PRESENT,
                CHAIR, BUDGET, null, null));
        assertThat(attendance.what()).isEqualTo("Attendance of (unknown person): present");
        assertThat(attendance.details()).containsExactly("Substitute for: Birgitte Borgmester", "From the item: Budget");
        assertThat(english.describe(new CaseReferred(MEETING, AgendaItemId.random(), ReferralId.random(), FKU, null))
                .what()).isEqualTo("The case in the item (unknown item) was referred to Forum for Koordination og Udvikling");
        Description reordered = english.describe(new AgendaReordered(MEETING, List.of(OTHER, BUDGET)));
        assertThat(reordered.what()).isEqualTo("The agenda was put in a new order");
        assertThat(reordered.details()).containsExactly("1. (unknown item)", "2. Budget");
    }

    @Test
    void inEnglishABodysEstablishmentMembersAndRelations() {
        Description established = english.describe(new BodyEstablished(FKU, "Forum for Koordination og Udvikling",
                BodyKind.FORUM, "BolivVejle", BPS, null, 4, 3, LocalDate.of(2024, 1, 1)));
        assertThat(established.what()).isEqualTo("The body \"Forum for Koordination og Udvikling\" was established");
        assertThat(established.details()).containsExactly("Kind: forum", "Partnership: BolivVejle",
                "Part of: Boligpolitisk Styregruppe", "Meetings a year: 4", "Quorate with: 3 voting members",
                "From: 1 January 2024");
        assertThat(english.describe(new BodyRelationDeclared(FKU, BPS, RelationKind.PREPARES_FOR)).what())
                .isEqualTo("The body prepares cases for Boligpolitisk Styregruppe");
        Description appointed = english.describe(new MemberAppointed(FKU, CHAIR, MemberRole.VICE_CHAIR,
                "Vejle Kommune", LocalDate.of(2024, 2, 1)));
        assertThat(appointed.what()).isEqualTo("Birgitte Borgmester was appointed vice-chair from 1 February 2024");
        assertThat(appointed.details()).containsExactly("Represents: Vejle Kommune");
        assertThat(english.describe(new MembershipEnded(FKU, CHAIR, LocalDate.of(2025, 12, 31), null)).what())
                .isEqualTo("The membership of Birgitte Borgmester ended on 31 December 2025");
    }

    @Test
    void inEnglishAPersonIsRegisteredAndChanged() {
        Description registered = english.describe(new PersonRegistered(CHAIR, "Birgitte Borgmester",
                "bb@vejle.dk", "12345678", "Vejle Kommune"));
        assertThat(registered.what()).isEqualTo("The person was registered");
        assertThat(registered.details()).containsExactly("Name: Birgitte Borgmester", "Organisation: Vejle Kommune");
        Description changed = english.describe(new PersonDetailsChanged(CHAIR, "Birgitte Borgmester",
                "borgmester@vejle.dk", "87654321", "Vejle Kommune"));
        assertThat(changed.what()).isEqualTo("The person's details were changed");
        assertThat(changed.details()).containsExactly("Changed: e-mail, phone");
    }

    @Test
    void aBodysChangesFromADateItsEndedRelationAndItsSuccessor() {
        assertThat(describer.describe(new BodyRenamed(FKU, "Forum for Udvikling", LocalDate.of(2026, 1, 1))).what())
                .isEqualTo("Organet fik navnet »Forum for Udvikling« fra 1. januar 2026");
        Description mandate = describer.describe(new BodyMandateChanged(FKU, null, LocalDate.of(2026, 1, 1)));
        assertThat(mandate.what()).isEqualTo("Organets kommissorium blev ændret fra 1. januar 2026");
        assertThat(mandate.details()).containsExactly("Kommissorium: ingen");
        assertThat(describer.describe(new BodyCadenceChanged(FKU, null, LocalDate.of(2026, 1, 1))).details())
                .containsExactly("Møder om året: efter behov");
        Description quorum = describer.describe(new BodyQuorumChanged(FKU, 3, LocalDate.of(2026, 1, 1)));
        assertThat(quorum.what()).isEqualTo("Organets beslutningsdygtighed blev ændret fra 1. januar 2026");
        assertThat(quorum.details()).containsExactly("Beslutningsdygtigt med: 3 stemmeberettigede");
        assertThat(describer.describe(new BodyRelationEnded(FKU, BPS, RelationKind.PREPARES_FOR,
                LocalDate.of(2026, 1, 1))).what())
                .isEqualTo("Fra 1. januar 2026 gælder relationen ikke længere: organet forbereder sager til"
                        + " Boligpolitisk Styregruppe");
        assertThat(describer.describe(new SuccessorBodyNamed(FKU, BPS, LocalDate.of(2026, 1, 1))).what())
                .isEqualTo("Organet Boligpolitisk Styregruppe viderefører arbejdet fra 1. januar 2026");
        assertThat(EventDescriber.bodiesNamed(new SuccessorBodyNamed(FKU, BPS, LocalDate.of(2026, 1, 1))))
                .containsExactly(BPS);
    }

    @Test
    void inEnglishABodysChangesItsEndedRelationAndItsSuccessor() {
        assertThat(english.describe(new BodyRenamed(FKU, "Forum for Udvikling", LocalDate.of(2026, 1, 1))).what())
                .isEqualTo("The body was named \"Forum for Udvikling\" from 1 January 2026");
        assertThat(english.describe(new BodyCadenceChanged(FKU, 6, LocalDate.of(2026, 1, 1))).what())
                .isEqualTo("The body's number of meetings a year was changed from 1 January 2026");
        assertThat(english.describe(new BodyQuorumChanged(FKU, null, LocalDate.of(2026, 1, 1))).details())
                .containsExactly("Quorate with: none");
        assertThat(english.describe(new BodyRelationEnded(FKU, BPS, RelationKind.PREPARES_FOR,
                LocalDate.of(2026, 1, 1))).what())
                .isEqualTo("From 1 January 2026 the relation no longer holds: the body prepares cases for"
                        + " Boligpolitisk Styregruppe");
        assertThat(english.describe(new SuccessorBodyNamed(FKU, BPS, LocalDate.of(2026, 1, 1))).what())
                .isEqualTo("The body Boligpolitisk Styregruppe carries on the work from 1 January 2026");
    }

    @Test
    void anEventNotKnownIsToldAsSuchInEitherLanguage() {
        assertThat(describer.describe(null).what()).isEqualTo("Hændelsen (ukendt) blev registreret");
        assertThat(english.describe(null).what()).isEqualTo("The event (unknown) was recorded");
        assertThat(english.describe("a string").what()).isEqualTo("The event String was recorded");
    }
}
