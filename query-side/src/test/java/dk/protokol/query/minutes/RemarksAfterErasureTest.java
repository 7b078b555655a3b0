package dk.protokol.query.minutes;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.query.common.KeyedPersonalData;
import dk.protokol.query.common.ViewJson;
import dk.protokol.query.documents.MinutesMarkdown;
import dk.protokol.query.organisation.PersonRef;
import dk.protokol.query.organisation.PersonView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.protokol.query.minutes.Referat.AAGE;
import static dk.protokol.query.minutes.Referat.BUDGET;
import static dk.protokol.query.minutes.Referat.BUDGET_DECISION;
import static dk.protokol.query.minutes.Referat.MARCH;
import static dk.protokol.query.minutes.Referat.SEKRETAER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A remark's text is the author's personal data (issue 11): the fold keeps it as the event holds it (sealed under the
 * author's key), the minutes reveal it when they are read, and once the author is erased the remark keeps its place
 * in the minutes with "Bemærkning fjernet: forfatteren er slettet" and the author as "Slettet person".
 */
class RemarksAfterErasureTest {

    private static final String TEXT = "Åge Ågesen ønsker ført til protokollen, at AAB tager forbehold.";
    private static final Recording BY_SECRETARY = new Recording(Instant.parse("2024-03-12T10:00:00Z"), SEKRETAER);

    private final KeyedPersonalData personalData = new KeyedPersonalData();
    private final MeetingState march = Referat.state(MARCH);

    @Test
    void theFoldKeepsTheSealedTextAndTheMinutesRevealIt() {
        MeetingState state = remarked(personalData.seal(AAGE, TEXT));

        assertThat(ViewJson.write(state)).doesNotContain("ønsker ført til protokollen");
        assertThat(remarks(MinutesViews.minutes(state, directory(Referat.people()), null, List.of(), null)))
                .contains(new MinutesView.Remark(new PersonRef(AAGE, "Åge Ågesen"),
                        TEXT, false));
    }

    @Test
    void afterTheAuthorsErasureTheRemarkStaysWithoutItsTextAndTheAuthorIsErased() {
        MeetingState state = remarked(personalData.seal(AAGE, TEXT));
        int before = remarks(MinutesViews.minutes(state, directory(Referat.people()), null, List.of(), null)).size();

        personalData.forget(AAGE);
        MinutesView after = MinutesViews.minutes(state, directory(erased(AAGE)), null, List.of(), null);

        assertThat(remarks(after)).hasSize(before);
        MinutesView.Remark removed = remarks(after).stream().filter(r -> r.person().personId().equals(AAGE))
                .findFirst().orElseThrow();
        assertThat(removed.removed()).isTrue();
        assertThat(removed.text()).isEqualTo("Bemærkning fjernet: forfatteren er slettet");
        assertThat(removed.person().name()).isEqualTo("Slettet person");
        String markdown = new MinutesMarkdown().render(after);
        assertThat(markdown).doesNotContain(TEXT).doesNotContain("Åge Ågesen")
                .contains("**Slettet person:** Bemærkning fjernet: forfatteren er slettet");
    }

    @Test
    void aRevisionOneRemarkInPlaintextReadsAsItIsUntilItsAuthorIsErased() {
        MeetingState state = remarked(TEXT);

        assertThat(remarks(MinutesViews.minutes(state, directory(Referat.people()), null, List.of(), null)))
                .extracting(MinutesView.Remark::text).contains(TEXT);

        personalData.forget(AAGE);
        assertThat(remarks(MinutesViews.minutes(state, directory(erased(AAGE)), null, List.of(), null)))
                .extracting(MinutesView.Remark::text).doesNotContain(TEXT)
                .contains("Bemærkning fjernet: forfatteren er slettet");
        // the people view alone (no port: a directory of names) says so too
        assertThat(remarks(MinutesViews.minutes(state, new Directory(erased(AAGE), Referat.bodies()), null,
                List.of(), null))).extracting(MinutesView.Remark::text).doesNotContain(TEXT);
    }

    @Test
    void anotherAuthorsRemarksStayReadable() {
        MeetingState state = remarked(personalData.seal(AAGE, TEXT));
        personalData.forget(Referat.ANNA);

        assertThat(remarks(MinutesViews.minutes(state, directory(erased(Referat.ANNA)), null, List.of(), null)))
                .extracting(MinutesView.Remark::text).contains(TEXT, "Ønsker flere midler til unge.");
    }

    private MeetingState remarked(String stored) {
        return MinutesFold.apply(march, new RemarkRecorded(MARCH, BUDGET_DECISION, AAGE, stored), BY_SECRETARY);
    }

    private Directory directory(Map<PersonId, PersonView> people) {
        return new Directory(people, Referat.bodies(), personalData);
    }

    private static Map<PersonId, PersonView> erased(PersonId person) {
        Map<PersonId, PersonView> people = new HashMap<>(Referat.people());
        people.put(person, PersonView.erased(person, people.get(person).organisation()));
        return people;
    }

    private static List<MinutesView.Remark> remarks(MinutesView minutes) {
        return minutes.agenda().stream().filter(item -> item.itemId().equals(BUDGET))
                .flatMap(item -> item.decisions().stream()).flatMap(d -> d.remarks().stream()).toList();
    }
}
