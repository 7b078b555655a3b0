package dk.protokol.query.documents;

import dk.protokol.query.documents.MinutesPdf.ArchivalStamp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The minutes' PDF for the archive version (issue 12): made from the minutes and a stamp, nothing else. */
class ArchivalMinutesPdfTest {

    private static final ArchivalStamp STAMP = new ArchivalStamp(Instant.parse("2027-01-12T15:30:00.123Z"),
            "protokol-arkiv:11111111-2222-3333-4444-555555555555:42");

    @Test
    void theSameMinutesAndStampGiveTheSameBytesFromTwoRenderers() {
        byte[] first = new MinutesPdf().render(SampleMinutes.approved(), STAMP);
        byte[] second = new MinutesPdf().render(SampleMinutes.approved(), STAMP);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherStampGivesAnotherIdentifierAndDate() {
        byte[] first = new MinutesPdf().render(SampleMinutes.approved(), STAMP);
        byte[] other = new MinutesPdf().render(SampleMinutes.approved(),
                new ArchivalStamp(STAMP.createdAt().plusSeconds(1), STAMP.documentName() + "0"));

        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void creationDateAndIdentifierComeFromTheStampInTheInformationAndTheXmp() throws Exception {
        byte[] pdf = new MinutesPdf().render(SampleMinutes.approved(), STAMP);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2027-01-12T15:30:00Z"));
            assertThat(document.getDocumentInformation().getModificationDate()).isNull();
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<xmp:CreateDate>2027-01-12T15:30:00+00:00</xmp:CreateDate>")
                    .doesNotContain("ModifyDate");
            COSArray ids = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(ids.size()).isEqualTo(2);
        }
    }

    @Test
    void isStillValidPdfA2uAndPassesTheMachineChecksOfPdfUa1() throws Exception {
        byte[] pdf = new MinutesPdf().render(SampleMinutes.approved(), STAMP);

        VeraGreenfieldFoundryProvider.initialise();
        for (PDFAFlavour flavour : new PDFAFlavour[]{PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1}) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                assertThat(validator.validate(parser).getTestAssertions().stream()
                        .filter(assertion -> assertion.getStatus() != TestAssertion.Status.PASSED)
                        .map(assertion -> assertion.getRuleId().getClause() + " " + assertion.getMessage()))
                        .as(flavour.toString()).isEmpty();
            }
        }
    }
}
