package dk.protokol.query.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MinutesPdfTest {

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        pdf = new MinutesPdf().render(SampleMinutes.approved());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = normalise(new PDFTextStripper().getText(document));
        }
    }

    /**
     * Line wrapping and page breaks are the layout's business: compare the text with single spaces and
     * without the running footer that each page repeats.
     */
    private static String normalise(String extracted) {
        return extracted.replaceAll("\\s+", " ")
                .replaceAll("Referat: [^,]*, \\S+ den \\d+\\. \\S+ \\d{4} Side \\d+ af \\d+ ", "");
    }

    @Test
    void isAPdf() {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void headerFieldsAndDanishLettersAreInTheText() {
        assertThat(text).contains("Referat: Boligpolitisk Styregruppe",
                "Mødedato torsdag den 3. december 2026",
                "Mødested Vejle Rådhus, mødelokale Ådalen",
                "Mødetidspunkt kl. 14.00",
                "Forventet sluttidspunkt kl. 16.30",
                "Referent Lise Dahl Østergaard",
                "Status Godkendt af formand Mette Juhl Sørensen den 12. januar 2027 kl. 16.30");
        assertThat(text).contains("æ", "ø", "å", "Æ", "Ø", "Å");
    }

    @Test
    void attendanceIsListed() {
        assertThat(text).contains("Deltagere Mette Juhl Sørensen (Vejle Kommune)",
                "Jens Åge Bækgaard (ØsterBO), suppleant for Karen Holm, til stede fra punkt 2",
                "Afbud Søren Ærbø (Domea)", "Fraværende Ole Fraværsen", "Gæster Gitte Gæst (Vejle Politi)");
    }

    @Test
    void agendaAndItemsWithDecisionsRemarksActionsAndCorrections() {
        assertThat(text).contains("Dagsorden", "1. Godkendelse af dagsorden og referat (til beslutning)",
                "2. Budget 2027 for Løget & Nørremarken (til beslutning)",
                "Temadag om trivsel (til orientering) (udgået)",
                "Punktet er udgået af dagsordenen: Udskudt til næste møde");
        assertThat(text).contains("Til beslutning", "Referat Styregruppen drøftede fordelingen mellem boligområderne.",
                "Indstilling Sekretariatet indstiller, at budgettet godkendes.",
                "Beslutning Vedtaget. Budgettet blev godkendt med de faldne bemærkninger.",
                "Afstemning: 7 for, 1 imod, 2 undlod at stemme",
                "Beslutningen er indført i referatet efter mødets afslutning.");
        assertThat(text).contains("Protokolbemærkninger",
                "Jens Åge Bækgaard: Jeg ønsker ført til protokol, at ØsterBO stemte imod.");
        assertThat(text).contains("Opfølgning", "Ansvarlig Opgave Frist", "Lise Dahl Østergaard",
                "Udsende det godkendte budget til boligorganisationerne", "15. januar 2027");
        assertThat(text).contains("Til drøftelse Sagen er henvist fra Forum for Koordination og Udvikling");
        assertThat(text).contains("Henvisning",
                "Henvist til Forum for Koordination og Udvikling: Udarbejd et nyt udkast til næste møde");
        assertThat(text).contains("Inhabilitet", "Jens Åge Bækgaard erklærede sig inhabil");
        assertThat(text).contains("Rettelser", "Rettelse 20. januar 2027 kl. 10.15 ved Lise Dahl Østergaard:",
                "Beløbet til lektiecaféen er 250.000 kr., ikke 200.000 kr.", "Begrundelse: Tastefejl i referatet",
                "Rettelser til referatet", "Jens Åge Bækgaard deltog også i mødet.");
    }

    @Test
    void theFollowUpSectionComesAfterTheStandingItemWithEachOpenAction() {
        assertThat(text).contains("Opfølgning Opfølgning på tidligere beslutninger: åbne handlinger fra tidligere møder"
                + " pr. 3. december 2026.", "Ansvarlig Opgave Frist Status");
        assertThat(text).contains("Jens Åge Bækgaard", "Indhente tilbud på legepladsen",
                "Aftalt på mødet 10. september 2026 under punktet Udearealer i Løget", "15. november 2026",
                "(overskredet)", "Seneste status 20. november 2026: Tilbud modtaget fra to firmaer",
                // a wrapped cell of bold and plain text is extracted out of order: its parts, each as text
                "Status på mødet:", "Tilbuddene", "gennemgået *her* <b>nu<", "# ikke en overskrift",
                "Udsende invitation til temadag", "1. februar 2027", "Ingen status meldt.");
        int section = text.indexOf("Opfølgning på tidligere beslutninger");
        assertThat(text.indexOf("Dagsorden og referat fra sidste møde blev godkendt.")).isLessThan(section);
        assertThat(section).isLessThan(text.indexOf("2. Budget 2027 for Løget & Nørremarken Til beslutning"));
    }

    @Test
    void markupInUserTextIsPrintedAsText() {
        assertThat(text).contains("Boligsocial strategi *udkast* <b>fed</b> [link](http://x)",
                "# ikke en overskrift - ikke en liste 1. heller ikke");
    }

    @Test
    void pagesAreNumberedWithTheMeetingInTheFooter() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            String raw = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(pages).isGreaterThan(1);
            assertThat(raw).contains("Referat: Boligpolitisk Styregruppe, torsdag den 3. december 2026 Side 1 af " + pages,
                    "Side " + pages + " af " + pages);
        }
    }

    @Test
    void fontsAreEmbedded() throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        assertThat(fonts).anyMatch(name -> name.contains("LiberationSans"));
    }

    @Test
    void declaresAndIsValidPdfA2u() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_2_U);
        }
        assertThat(violations(PDFAFlavour.PDFA_2_U)).isEmpty();
    }

    /** veraPDF's machine-checkable part of PDF/UA-1 (tags, language, title, fonts); not a manual review. */
    @Test
    void passesTheMachineChecksOfPdfUa1() throws Exception {
        assertThat(violations(PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static List<String> violations(PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() != TestAssertion.Status.PASSED)
                    .map(assertion -> assertion.getRuleId().getClause() + " " + assertion.getMessage())
                    .distinct()
                    .toList();
            assertThat(result.isCompliant() || !failed.isEmpty()).isTrue();
            return failed;
        }
    }

    @Test
    void hostileTextCannotBreakTheDocument() throws IOException {
        var sample = SampleMinutes.cancelled();
        var hostile = new dk.protokol.query.minutes.MinutesView(sample.meetingId(), sample.bodyId(),
                "</title><script>x</script> & \"citat\" 'enkelt' \u0000\u0007\uD800 ]]> <!-- slut",
                sample.organisation(), sample.status(), sample.statusLabel(), "<p>ingen grund</p>", sample.start(),
                sample.expectedEnd(), sample.location(), sample.present(), sample.apologies(), sample.absent(),
                sample.guests(), sample.referent(), sample.approvedAt(), sample.approvedBy(),
                sample.approvedAtMeeting(), sample.minutesApprovedHere(), sample.agenda(), sample.corrections(),
                sample.asOf());

        byte[] bytes = new MinutesPdf().render(hostile);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String extracted = normalise(new PDFTextStripper().getText(document));
            assertThat(extracted).contains("Referat: </title><script>x</script> & \"citat\" 'enkelt' ]]> <!-- slut",
                    "Mødet er aflyst: <p>ingen grund</p>");
        }
    }
}
