package dk.protokol.query.minutes;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.events.words.Words;
import dk.protokol.query.actions.FindFollowUp;
import dk.protokol.query.actions.MeetingDigest.MeetingProgress;
import dk.protokol.query.minutes.MinutesView.Attendee;
import dk.protokol.query.minutes.MinutesView.Item;
import dk.protokol.query.organisation.PersonRef;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dk.protokol.query.minutes.Referat.AAGE;
import static dk.protokol.query.minutes.Referat.ANNA;
import static dk.protokol.query.minutes.Referat.BORGMESTER;
import static dk.protokol.query.minutes.Referat.BUDGET;
import static dk.protokol.query.minutes.Referat.CORRECTED_NOTES;
import static dk.protokol.query.minutes.Referat.DIREKTOER;
import static dk.protokol.query.minutes.Referat.ERASED;
import static dk.protokol.query.minutes.Referat.FKU;
import static dk.protokol.query.minutes.Referat.MARCH;
import static dk.protokol.query.minutes.Referat.NOTES;
import static dk.protokol.query.minutes.Referat.REFERRAL;
import static dk.protokol.query.minutes.Referat.SEKRETAER;
import static dk.protokol.query.minutes.Referat.STANDING;
import static dk.protokol.query.minutes.Referat.STATUS;
import static dk.protokol.query.minutes.Referat.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link MinutesViews}: the stored state read as a Danish referat, with names put in at read time. */
class MinutesViewsTest {

    private final MinutesView minutes = MinutesViews.minutes(Referat.state(MARCH), Referat.directory(), null,
            List.of(), null);

    @Test
    void theKindsOfItemsAndOutcomesReadInDanish() {
        assertThat(Words.DANISH.label(AgendaItemKind.INFORMATION)).isEqualTo("til orientering");
        assertThat(Words.DANISH.label(AgendaItemKind.DISCUSSION)).isEqualTo("til drøftelse");
        assertThat(Words.DANISH.label(AgendaItemKind.DECISION)).isEqualTo("til beslutning");
        assertThat(Words.DANISH.label(DecisionOutcome.ADOPTED)).isEqualTo("vedtaget");
        assertThat(Words.DANISH.label(DecisionOutcome.REJECTED)).isEqualTo("forkastet");
        assertThat(Words.DANISH.label(DecisionOutcome.POSTPONED)).isEqualTo("udsat");
        assertThat(Words.DANISH.label(DecisionOutcome.NOTED)).isEqualTo("taget til efterretning");
        assertThat(Words.DANISH.label(MeetingStatus.MINUTES_APPROVED)).isEqualTo("referat godkendt");
        assertThat(Words.DANISH.label(MeetingStatus.CANCELLED)).isEqualTo("aflyst");
    }

    @Test
    void theHeaderNamesBodyOrganisationStatusAndReferent() {
        assertThat(minutes.bodyName()).isEqualTo("Boligpolitisk Styregruppe");
        assertThat(minutes.organisation()).isEqualTo("BolivVejle");
        assertThat(minutes.statusLabel()).isEqualTo("referat godkendt");
        assertThat(minutes.location()).isEqualTo("Rådhuset, mødelokale 2");
        assertThat(minutes.referent()).isEqualTo(new PersonRef(SEKRETAER, "Sif Sekretær"));
        assertThat(minutes.approvedBy()).isEqualTo(new PersonRef(BORGMESTER, "Bo Borgmester"));
    }

    @Test
    void itemsAreNumberedInAgendaOrderAndAWithdrawnItemHasNoNumber() {
        assertThat(minutes.agenda()).extracting(Item::itemId).containsExactly(STANDING, BUDGET, STATUS, WITHDRAWN);
        assertThat(minutes.agenda()).extracting(Item::number).containsExactly(1, 2, 3, null);
        assertThat(minutes.agenda()).extracting(Item::kindLabel)
                .containsExactly("til beslutning", "til beslutning", "til orientering", "til drøftelse");
        assertThat(item(WITHDRAWN).withdrawn()).isTrue();
    }

    @Test
    void attendanceIsListedByKindSortedTheDanishWayWithWhatMembersRepresent() {
        assertThat(minutes.present()).extracting(Attendee::name)
                .containsExactly("Anna Andersen", "Bo Borgmester", "Dorte Direktør");
        assertThat(minutes.apologies()).extracting(Attendee::name).containsExactly("Åge Ågesen");
        assertThat(minutes.guests()).extracting(Attendee::name).containsExactly("Gitte Gæst");

        Attendee anna = minutes.present().get(0);
        assertThat(anna.substituteFor()).isEqualTo(new PersonRef(AAGE, "Åge Ågesen"));
        assertThat(anna.representing()).as("a substitute represents whom the member represents").isEqualTo("AAB");
        assertThat(minutes.present().get(1).representing()).isEqualTo("Vejle Kommune");
    }

    @Test
    void partialAttendanceNamesItemNumbers() {
        Attendee director = minutes.present().get(2);
        assertThat(director.personId()).isEqualTo(DIREKTOER);
        assertThat(director.fromItem()).isEqualTo(2);
        assertThat(director.toItem()).isEqualTo(2);
        assertThat(minutes.guests().get(0).fromItem()).isEqualTo(3);
        assertThat(minutes.guests().get(0).toItem()).isNull();
    }

    @Test
    void aPersonUnknownToThePeopleViewIsShownWithoutAName() {
        assertThat(minutes.absent()).singleElement().satisfies(absent -> {
            assertThat(absent.personId()).isEqualTo(ERASED);
            assertThat(absent.name()).isNull();
        });
    }

    @Test
    void anItemShowsReferatIndstillingBeslutningOpfoelgningHenvisningAndInhabilitet() {
        Item budget = item(BUDGET);

        assertThat(budget.notes()).isEqualTo(NOTES);
        assertThat(budget.recommendation()).isEqualTo("Sekretariatet indstiller, at budgettet godkendes.");
        assertThat(budget.presenter()).isEqualTo(new PersonRef(DIREKTOER, "Dorte Direktør"));
        assertThat(budget.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.outcomeLabel()).isEqualTo("vedtaget");
            assertThat(decision.votes()).isEqualTo(new MinutesView.Votes(5, 1, 0));
            assertThat(decision.remarks()).containsExactly(new MinutesView.Remark(
                    new PersonRef(BORGMESTER, "Bo Borgmester"), "Ønsker flere midler til unge."));
        });
        assertThat(budget.actions()).singleElement().satisfies(action ->
                assertThat(action.owner()).isEqualTo(new PersonRef(DIREKTOER, "Dorte Direktør")));
        assertThat(budget.referrals()).singleElement().satisfies(referral -> {
            assertThat(referral.targetBodyId()).isEqualTo(FKU);
            assertThat(referral.targetBodyName()).isEqualTo("Forum for Koordination og Udvikling");
        });
        assertThat(budget.conflicts()).containsExactly(new MinutesView.Conflict(
                new PersonRef(ANNA, "Anna Andersen"), "ansat i boligselskabet"));
    }

    @Test
    void aDecisionWithoutAVoteHasNoVotes() {
        assertThat(item(STANDING).decisions()).isEmpty();
        MeetingState state = MinutesFold.apply(Referat.state(MARCH), new DecisionRecorded(
                MARCH, STANDING, DecisionId.random(), "Dagsordenen godkendt",
                DecisionOutcome.ADOPTED, null, null, null, null, false), new Recording(Referat.FIRST_RECORDED, null));

        MinutesView view = MinutesViews.minutes(state, Directory.EMPTY, null, List.of(), null);

        assertThat(view.agenda().get(0).decisions()).singleElement()
                .satisfies(decision -> assertThat(decision.votes()).isNull());
    }

    @Test
    void aCorrectionIsShownBesideTheOriginalUnderItsItemAndInTheWholeList() {
        Item budget = item(BUDGET);

        assertThat(budget.notes()).isEqualTo(NOTES);
        assertThat(budget.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.text()).isEqualTo(CORRECTED_NOTES);
            assertThat(correction.itemNumber()).isEqualTo(2);
            assertThat(correction.recordedBy()).isEqualTo(new PersonRef(SEKRETAER, "Sif Sekretær"));
            assertThat(correction.recordedAt()).isEqualTo(Referat.CORRECTION_RECORDED);
        });
        assertThat(minutes.corrections()).isEqualTo(budget.corrections());
        assertThat(item(STATUS).corrections()).isEmpty();
    }

    @Test
    void anItemReferredFromAnotherBodyNamesThatBodyMeetingAndItem() {
        MeetingId fromMeeting = MeetingId.random();
        AgendaItemId fromItem = AgendaItemId.random();
        MeetingState state = MinutesFold.apply(Referat.state(MARCH), new ReferredCaseAccepted(MARCH, STATUS,
                REFERRAL, FKU, fromMeeting, fromItem), new Recording(Referat.FIRST_RECORDED, null));

        MinutesView view = MinutesViews.minutes(state, Referat.directory(), null, List.of(), null);

        assertThat(view.agenda().get(2).referredFrom()).isEqualTo(new MinutesView.ReferredFrom(REFERRAL, FKU,
                "Forum for Koordination og Udvikling", fromMeeting, fromItem));
        assertThat(view.agenda().get(1).referredFrom()).isNull();
    }

    @Test
    void aMeetingSummaryCarriesTimesPlaceAndStatus() {
        MeetingSummary summary = MinutesViews.summary(Referat.state(MARCH), Referat.directory());

        assertThat(summary.bodyName()).isEqualTo("Boligpolitisk Styregruppe");
        assertThat(summary.start()).isEqualTo(Referat.MARCH_START);
        assertThat(summary.status()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
        assertThat(summary.statusLabel()).isEqualTo("referat godkendt");
    }

    @Test
    void theFollowUpIsAskedForTheMeetingAsItStandsWithHowFarItGot() {
        assertThat(MinutesViews.followUpQuery(Referat.state(MARCH), Referat.APPROVAL_RECORDED))
                .isEqualTo(new FindFollowUp(MARCH, Referat.BPS, Referat.MARCH_START, Referat.MARCH_START.plusHours(2),
                        MeetingProgress.HELD, Referat.APPROVAL_RECORDED));
        assertThat(Arrays.stream(MeetingStatus.values()).map(MinutesViews::progress)).containsExactly(
                MeetingProgress.SCHEDULED, MeetingProgress.SCHEDULED, MeetingProgress.OPEN, MeetingProgress.HELD,
                MeetingProgress.HELD, MeetingProgress.HELD, MeetingProgress.CANCELLED);
        // the minutes as the views build them carry no follow-up; the query adds the action view's answer
        assertThat(minutes.followUp()).isEmpty();
    }

    private Item item(AgendaItemId id) {
        return minutes.agenda().stream().filter(item -> item.itemId().equals(id)).findFirst().orElseThrow();
    }
}
