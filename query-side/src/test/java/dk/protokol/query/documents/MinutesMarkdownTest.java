package dk.protokol.query.documents;

import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.minutes.MinutesView.Item;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MinutesMarkdownTest {

    private static final List<org.commonmark.Extension> GFM = List.of(StrikethroughExtension.create());

    private final MinutesMarkdown markdown = new MinutesMarkdown();

    private static String html(String md) {
        Node document = Parser.builder().extensions(GFM).build().parse(md);
        return HtmlRenderer.builder().extensions(GFM).build().render(document);
    }

    private static String text(String md) {
        Node document = Parser.builder().extensions(GFM).build().parse(md);
        return TextContentRenderer.builder().extensions(GFM).build().render(document);
    }

    @Test
    void headerHasTheFieldsOfADanishReferat() {
        String md = markdown.render(SampleMinutes.approved());

        assertThat(md).startsWith("# Referat: Boligpolitisk Styregruppe\n");
        assertThat(md).contains(
                "- **Mødedato:** torsdag den 3. december 2026",
                "- **Mødested:** Vejle Rådhus, mødelokale Ådalen",
                "- **Mødetidspunkt:** kl. 14.00",
                "- **Forventet sluttidspunkt:** kl. 16.30",
                "- **Referent:** Lise Dahl Østergaard");
    }

    @Test
    void attendanceListsPresentApologiesAbsentAndGuests() {
        String text = text(markdown.render(SampleMinutes.approved()));

        assertThat(text).contains(
                "Deltagere:",
                "Mette Juhl Sørensen (Vejle Kommune)",
                "Jens Åge Bækgaard (ØsterBO), suppleant for Karen Holm, til stede fra punkt 2",
                "Afbud:", "Søren Ærbø (Domea)",
                "Fraværende:", "Ole Fraværsen",
                "Gæster:", "Gitte Gæst (Vejle Politi)");
    }

    @Test
    void statusNamesWhoApprovedAndWhen() {
        String md = markdown.render(SampleMinutes.approved());

        // 15:30Z in January is 16.30 in Copenhagen
        assertThat(md).contains("- **Status:** Godkendt af formand Mette Juhl Sørensen den 12. januar 2027 kl. 16.30"
                + " under mødet i Boligpolitisk Styregruppe den 12. januar 2027");
    }

    @Test
    void agendaIsNumberedAndMarksWithdrawnItems() {
        String html = html(markdown.render(SampleMinutes.approved()));

        assertThat(html).contains("<h2>Dagsorden</h2>");
        assertThat(html).contains("<li>Godkendelse af dagsorden og referat (til beslutning)</li>");
        assertThat(html).contains("<li><del>Temadag om trivsel (til orientering)</del> (udgået)</li>");
        assertThat(html).contains("<h2>2. Budget 2027 for Løget &amp; Nørremarken</h2>");
        assertThat(html).contains("<h2>Udgået: Temadag om trivsel</h2>");
        assertThat(html).contains("Punktet er udgået af dagsordenen: Udskudt til næste møde");
        assertThat(html).contains("<h2>3. Boligsocial strategi");
    }

    @Test
    void itemShowsKindReferatIndstillingAndDecisionWithVotesAndLateEntry() {
        String md = markdown.render(SampleMinutes.approved());

        assertThat(md).contains("*Til beslutning*", "Oplæg ved: Mette Juhl Sørensen");
        assertThat(md).contains("### Sagsfremstilling\n\nSekretariatet fremlægger budgettet.\\\nBilag: budget.xlsx");
        assertThat(md).contains("### Referat\n\nStyregruppen drøftede fordelingen mellem boligområderne.\n\n"
                + "Der var enighed om at prioritere lektiecaféen.");
        assertThat(md).contains("### Indstilling\n\nSekretariatet indstiller, at budgettet godkendes.");
        assertThat(md).contains("### Beslutning\n\n**Vedtaget.** Budgettet blev godkendt med de faldne bemærkninger.");
        assertThat(md).contains("Afstemning: 7 for, 1 imod, 2 undlod at stemme");
        assertThat(md).contains("*Beslutningen er indført i referatet efter mødets afslutning.*");
        assertThat(md).contains("**Udsat.** Sagen sendes til FKU til videre bearbejdning.");
        // the decision's recommendation equals the item's: not repeated
        assertThat(md).containsOnlyOnce("Sekretariatet indstiller, at budgettet godkendes.");
    }

    @Test
    void remarksActionsReferralsAndConflictsAreListed() {
        String text = text(markdown.render(SampleMinutes.approved()));

        assertThat(text).contains("Protokolbemærkninger",
                "Jens Åge Bækgaard: Jeg ønsker ført til protokol, at ØsterBO stemte imod.");
        assertThat(text).contains("Opfølgning",
                "Lise Dahl Østergaard: Udsende det godkendte budget til boligorganisationerne – frist 15. januar 2027");
        assertThat(text).contains("Sagen er henvist fra Forum for Koordination og Udvikling");
        assertThat(text).contains("Henvisning",
                "Henvist til Forum for Koordination og Udvikling: Udarbejd et nyt udkast til næste møde");
        assertThat(text).contains("Inhabilitet", "Jens Åge Bækgaard erklærede sig inhabil og deltog ikke i "
                + "beslutningen: Formand for afdelingsbestyrelsen i Løget");
    }

    @Test
    void correctionsStandBesideTheOriginalText() {
        String md = markdown.render(SampleMinutes.approved());
        String text = text(md);

        // the original referat is unchanged, the correction follows it under the item
        assertThat(md.indexOf("Der var enighed om at prioritere lektiecaféen."))
                .isLessThan(md.indexOf("Beløbet til lektiecaféen er 250.000 kr., ikke 200.000 kr."));
        assertThat(text).contains("Rettelse 20. januar 2027 kl. 10.15 ved Lise Dahl Østergaard: "
                + "Beløbet til lektiecaféen er 250.000 kr., ikke 200.000 kr.", "Begrundelse: Tastefejl i referatet");
        assertThat(md).contains("## Rettelser til referatet");
        assertThat(text).contains("Jens Åge Bækgaard deltog også i mødet.");
    }

    @Test
    void userTextIsEscapedAndNeverBecomesMarkup() {
        String html = html(markdown.render(SampleMinutes.approved()));

        assertThat(html).contains("Boligsocial strategi *udkast* &lt;b&gt;fed&lt;/b&gt; [link](http://x) (til drøftelse)");
        assertThat(html).doesNotContain("<em>udkast</em>", "<b>fed</b>", "<a href");
        assertThat(html).contains("<p># ikke en overskrift<br />\n- ikke en liste<br />\n1. heller ikke</p>");
        assertThat(html).doesNotContain("<h1>ikke en overskrift", "<li>ikke en liste");
    }

    @Test
    void asOfMinutesSayWhenTheyWereTaken() {
        var live = SampleMinutes.approved();
        var asOf = new dk.protokol.query.minutes.MinutesView(live.meetingId(), live.bodyId(), live.bodyName(),
                live.organisation(), live.status(), live.statusLabel(), live.cancelledReason(), live.start(),
                live.expectedEnd(), live.location(), live.present(), live.apologies(), live.absent(), live.guests(),
                live.referent(), live.approvedAt(), live.approvedBy(), live.approvedAtMeeting(),
                live.minutesApprovedHere(), live.agenda(), live.corrections(),
                java.time.Instant.parse("2026-12-04T08:00:00Z"));

        assertThat(markdown.render(asOf)).contains("*Referatet som det forelå 4. december 2026 kl. 09.00*");
        assertThat(markdown.render(live)).doesNotContain("som det forelå");
    }

    @Test
    void theFollowUpSectionComesRightAfterTheStandingItem() {
        String md = markdown.render(SampleMinutes.approved());

        assertThat(md).containsOnlyOnce("\n## Opfølgning\n");
        assertThat(md.indexOf("## 1. Godkendelse af dagsorden og referat")).isLessThan(md.indexOf("\n## Opfølgning\n"));
        assertThat(md.indexOf("\n## Opfølgning\n")).isLessThan(md.indexOf("## 2. Budget 2027"));
    }

    @Test
    void theFollowUpListsEachOpenActionWithOwnerDueDateOriginAndProgress() {
        String text = text(markdown.render(SampleMinutes.approved()));

        assertThat(text).contains(
                "Opfølgning på tidligere beslutninger: åbne handlinger fra tidligere møder pr. 3. december 2026.",
                "Jens Åge Bækgaard: Indhente tilbud på legepladsen – frist 15. november 2026 (overskredet)",
                "Aftalt på mødet 10. september 2026 under punktet Udearealer i Løget",
                // 09:00Z in November is 10.00 in Copenhagen, the same day
                "Seneste status 20. november 2026: Tilbud modtaget fra to firmaer",
                "Status på mødet: Tilbuddene blev gennemgået *her* <b>nu</b>",
                "Lise Dahl Østergaard: Udsende invitation til temadag – frist 1. februar 2027",
                "Aftalt på mødet 10. september 2026",
                "Ingen status meldt.");
        assertThat(text).doesNotContain("frist 1. februar 2027 (overskredet)");
    }

    @Test
    void progressInTheFollowUpIsEscapedAndNestedUnderItsAction() {
        String html = html(markdown.render(SampleMinutes.approved()));

        assertThat(html).contains("<h2>Opfølgning</h2>");
        assertThat(html).contains("<li>Status på mødet: Tilbuddene blev gennemgået *her* &lt;b&gt;nu&lt;/b&gt;<br />\n"
                + "# ikke en overskrift</li>");
        assertThat(html).doesNotContain("<em>her</em>", "<b>nu</b>");
        // nested: the action's own list item holds the list of its origin and progress
        assertThat(html).containsPattern("<li><strong>Jens Åge Bækgaard:</strong> Indhente tilbud på legepladsen"
                + " – frist 15\\. november 2026 \\(overskredet\\)\\s*<ul>\\s*<li>Aftalt på mødet");
    }

    @Test
    void withoutAStandingItemTheFollowUpFollowsTheAgenda() {
        MinutesView approved = SampleMinutes.approved();
        MinutesView minutes = new MinutesView(approved.meetingId(), approved.bodyId(), approved.bodyName(),
                approved.organisation(), approved.status(), approved.statusLabel(), approved.cancelledReason(),
                approved.start(), approved.expectedEnd(), approved.location(), approved.present(),
                approved.apologies(), approved.absent(), approved.guests(), approved.referent(), approved.approvedAt(),
                approved.approvedBy(), approved.approvedAtMeeting(), approved.minutesApprovedHere(),
                approved.agenda().stream().map(MinutesMarkdownTest::notStanding).toList(), approved.followUp(),
                approved.corrections(), approved.asOf());

        String md = markdown.render(minutes);

        assertThat(md.indexOf("## Dagsorden")).isLessThan(md.indexOf("\n## Opfølgning\n"));
        assertThat(md.indexOf("\n## Opfølgning\n")).isLessThan(md.indexOf("## 1. Godkendelse af dagsorden og referat"));
    }

    @Test
    void aMeetingWithNothingToFollowUpSaysSoAndACancelledOneHasNoSection() {
        MinutesView nothingOpen = SampleMinutes.approved().withFollowUp(List.of());

        assertThat(text(markdown.render(nothingOpen))).contains("Opfølgning",
                "Ingen åbne handlinger fra tidligere møder.");
        assertThat(markdown.render(SampleMinutes.cancelled())).doesNotContain("## Opfølgning",
                "Ingen åbne handlinger");
    }

    private static Item notStanding(Item i) {
        return new Item(i.itemId(), i.number(), i.title(), i.kind(), i.kindLabel(), i.description(), i.presenter(),
                false, i.withdrawn(), i.withdrawnReason(), i.notes(), i.recommendation(), i.decisions(), i.actions(),
                i.referrals(), i.conflicts(), i.corrections(), i.referredFrom());
    }

    @Test
    void cancelledMeetingSaysSoAndEmptyListsSayIngen() {
        String md = markdown.render(SampleMinutes.cancelled());

        assertThat(md).contains("- **Status:** Mødet er aflyst: Formanden er syg", "- **Deltagere:** Ingen",
                "- **Afbud:** Ingen", "- **Referent:** Ikke angivet");
    }
}
