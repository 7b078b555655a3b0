package dk.protokol.web.pages;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.PersonRef;
import dk.protokol.web.common.Queries;
import dk.protokol.web.support.ReadSidePageTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.ArrayList;
import java.util.List;

import static dk.protokol.web.pages.Fixtures.MEETING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An erased person on the minutes page (issue 11): the read side names them "Slettet person" and gives their remark
 * without its text; a Danish page says "Slettet person" and "Bemærkning fjernet: forfatteren er slettet", an English
 * page "Erased person" and "Remark removed: the author was erased", wherever the name stands (attendance, remark).
 */
@WebMvcTest
@Import(Queries.class)
@WithMockUser
class ErasedPersonPagesTest extends ReadSidePageTest {

    private static final PersonRef ERASED = new PersonRef(PersonId.random(), "Slettet person");
    private static final String TYPED = "Referenten skrev: Slettet person er en fast vending her.";

    @Override
    protected Object answer(Object query) {
        if (query instanceof FindMinutes) {
            return minutesWithAnErasedPerson();
        }
        throw new IllegalArgumentException("not stubbed: " + query);
    }

    @Test
    void aDanishPageNamesTheErasedPersonAndSaysTheirRemarkWasRemoved() throws Exception {
        Document page = render("/moeder/" + MEETING + "?lang=da");

        assertThat(page.select("ul.remarks li").eachText()).containsExactly(
                "Protokolbemærkning fra Slettet person: Bemærkning fjernet: forfatteren er slettet",
                "Protokolbemærkning fra Sara Sekretær: " + TYPED);
        assertThat(page.select("ul.remarks li.remark--removed")).hasSize(1);
        assertThat(page.text()).contains("Slettet person");
    }

    @Test
    void anEnglishPageNamesTheErasedPersonInEnglish() throws Exception {
        Document page = render("/moeder/" + MEETING + "?lang=en");

        assertThat(page.select("ul.remarks li").eachText()).containsExactly(
                "Remark by Erased person: Remark removed: the author was erased",
                "Remark by Sara Sekretær: " + TYPED);
        assertThat(page.select("#present, .attendance, main").text()).contains("Erased person");
        // only a whole name is the erased person's: what someone typed stays as written
        assertThat(page.text().replace(TYPED, "")).doesNotContain("Slettet person");
    }

    private static MinutesView minutesWithAnErasedPerson() {
        MinutesView m = Fixtures.minutes();
        List<MinutesView.Item> agenda = new ArrayList<>();
        for (MinutesView.Item item : m.agenda()) {
            List<MinutesView.Decision> decisions = item.decisions().stream().map(d -> new MinutesView.Decision(
                    d.decisionId(), d.text(), d.outcome(), d.outcomeLabel(), d.recommendation(), d.votes(),
                    d.lateEntry(), List.of(MinutesView.Remark.removed(ERASED),
                    new MinutesView.Remark(Fixtures.SECRETARY, TYPED)))).toList();
            agenda.add(new MinutesView.Item(item.itemId(), item.number(), item.title(), item.kind(), item.kindLabel(),
                    item.description(), item.presenter(), item.standing(), item.withdrawn(), item.withdrawnReason(),
                    item.notes(), item.recommendation(), decisions, item.actions(), item.referrals(),
                    item.conflicts(), item.corrections(), item.referredFrom()));
        }
        List<MinutesView.Attendee> present = new ArrayList<>(m.present());
        present.add(new MinutesView.Attendee(ERASED.personId(), ERASED.name(), "AAB", null, null, null, null));
        return new MinutesView(m.meetingId(), m.bodyId(), m.bodyName(), m.organisation(), m.status(), m.statusLabel(),
                m.cancelledReason(), m.start(), m.expectedEnd(), m.location(), present, m.apologies(), m.absent(),
                m.guests(), m.referent(), m.approvedAt(), m.approvedBy(), m.approvedAtMeeting(), m.minutesApprovedHere(),
                agenda, m.followUp(), m.corrections(), m.asOf(), m.chairOfTheDay(), m.kind(), m.bodies());
    }

    private Document render(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
