package dk.protokol.infra.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mails' texts, Danish and English, plain and HTML; and the sender's backoff. */
class MailTextsTest {

    private static final MeetingMail MEETING = new MeetingMail("Boligpolitisk Styregruppe",
            LocalDateTime.of(2027, 2, 11, 14, 0), LocalDateTime.of(2027, 2, 11, 16, 0), "Vejle Rådhus, mødelokale 2",
            null, List.of(new MeetingMail.AgendaLine(1, "Godkendelse af dagsorden", List.of()),
            new MeetingMail.AgendaLine(2, "Budget <2027> & reserve", List.of(
                    new MeetingMail.Attachment("Bilag 2.1: Budget.pdf", "https://protokol.eksempel.dk/api/attachments/1")))),
            "https://protokol.eksempel.dk/moeder/42");

    @Test
    void theAgendaInDanishNamesTheDayPlaceTimesItemsLinkAndBilag() {
        MailText mail = MailTexts.meeting(MailKind.AGENDA, false, MEETING);
        assertThat(mail.subject()).isEqualTo("Dagsorden: Boligpolitisk Styregruppe, torsdag den 11. februar 2027");
        assertThat(mail.text()).contains("Dagsordenen til mødet i Boligpolitisk Styregruppe er udsendt.",
                "Dato: torsdag den 11. februar 2027", "Tid: 14:00–16:00", "Sted: Vejle Rådhus, mødelokale 2",
                "Dagsorden\n---------\n1. Godkendelse af dagsorden\n2. Budget <2027> & reserve\n",
                "   Bilag 2.1: Budget.pdf: https://protokol.eksempel.dk/api/attachments/1",
                "Mødets side: https://protokol.eksempel.dk/moeder/42", "moede.ics");
        // the HTML says the same, escaped
        assertThat(mail.html()).contains("<li value=\"2\">Budget &lt;2027&gt; &amp; reserve",
                "<a href=\"https://protokol.eksempel.dk/api/attachments/1\">Bilag 2.1: Budget.pdf</a>",
                "<a href=\"https://protokol.eksempel.dk/moeder/42\">Mødets side</a>",
                "<td>Vejle Rådhus, mødelokale 2</td>")
                .doesNotContain("<2027>");
    }

    @Test
    void englishForThoseWhoPreferIt() {
        MailText mail = MailTexts.meeting(MailKind.AGENDA, true, MEETING);
        assertThat(mail.subject()).isEqualTo("Agenda: Boligpolitisk Styregruppe, Thursday 11 February 2027");
        assertThat(mail.text()).contains("has been published", "Date: Thursday 11 February 2027", "Time: 14:00–16:00",
                "Place: Vejle Rådhus", "The meeting's page: https://protokol.eksempel.dk/moeder/42");
    }

    @Test
    void aMoveACancellationAndTheMinutesSayWhatHappened() {
        assertThat(MailTexts.meeting(MailKind.AGENDA_UPDATED, false, MEETING).text())
                .contains("Mødet i Boligpolitisk Styregruppe er flyttet. Nyt tidspunkt og sted:", "1. Godkendelse");
        MeetingMail cancelled = new MeetingMail(MEETING.bodyName(), MEETING.start(), MEETING.expectedEnd(),
                MEETING.location(), "Budgettet er ikke klar", MEETING.agenda(), MEETING.link());
        MailText cancellation = MailTexts.meeting(MailKind.MEETING_CANCELLED, false, cancelled);
        assertThat(cancellation.subject()).startsWith("Mødet er aflyst: ");
        assertThat(cancellation.text()).contains("Begrundelse: Budgettet er ikke klar").doesNotContain("Dagsorden\n");
        assertThat(MailTexts.meeting(MailKind.MINUTES_CIRCULATED, false, MEETING).subject())
                .startsWith("Referat til kommentering: ");
        MeetingMail forComment = new MeetingMail(MEETING.bodyName(), MEETING.start(), MEETING.expectedEnd(),
                MEETING.location(), null, MEETING.agenda(), MEETING.link(), LocalDateTime.of(2027, 2, 21, 23, 59), true);
        assertThat(MailTexts.meeting(MailKind.MINUTES_CIRCULATED, false, forComment).text())
                .contains("Bemærkninger kan gives til og med søndag den 21. februar 2027 kl. 23:59. Er der ingen "
                        + "indsigelser inden da, er referatet godkendt stiltiende.");
        assertThat(MailTexts.meeting(MailKind.MINUTES_CIRCULATED, true, forComment).text())
                .contains("Comments can be made up to and including Sunday 21 February 2027 at 23:59. Without "
                        + "objections by then, the minutes are approved tacitly.");
        assertThat(MailTexts.meeting(MailKind.MINUTES_APPROVED, true, MEETING).subject())
                .startsWith("Minutes approved: ");
        assertThatThrownBy(() -> MailTexts.meeting(MailKind.ACTION_DUE, false, MEETING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void remindersOfActionsDueAndOverdue() {
        ActionMail action = new ActionMail("Indhente tilbud på lokaler", "Boligpolitisk Styregruppe",
                LocalDate.of(2027, 2, 12), "https://protokol.eksempel.dk/mine-handlinger");
        MailText due = MailTexts.reminder(MailKind.ACTION_DUE, false, action);
        assertThat(due.subject()).isEqualTo("Handling forfalder fredag den 12. februar 2027: Indhente tilbud på lokaler");
        assertThat(due.text()).contains("Frist: fredag den 12. februar 2027", "Organ: Boligpolitisk Styregruppe",
                "Dine handlinger: https://protokol.eksempel.dk/mine-handlinger");
        MailText overdue = MailTexts.reminder(MailKind.ACTION_OVERDUE, true, action);
        assertThat(overdue.subject()).isEqualTo("Action overdue: Indhente tilbud på lokaler");
        assertThat(overdue.text()).contains("was due Friday 12 February 2027 and is still open");
    }

    @Test
    void theBackoffDoublesPerAttemptUpToTheMaximum() {
        Duration initial = Duration.ofMinutes(1);
        Duration max = Duration.ofHours(6);
        assertThat(MailSettings.backoff(initial, max, 1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailSettings.backoff(initial, max, 2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailSettings.backoff(initial, max, 5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(MailSettings.backoff(initial, max, 9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(MailSettings.backoff(initial, max, 10)).isEqualTo(max);
        assertThat(MailSettings.backoff(initial, max, 1000)).isEqualTo(max);
        MailSettings settings = new MailSettings("", "protokol@eksempel.dk", 3, initial, max, 3);
        assertThat(settings.sends()).isFalse();
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofMinutes(4));
    }
}
