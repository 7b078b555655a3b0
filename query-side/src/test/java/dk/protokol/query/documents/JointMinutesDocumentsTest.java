package dk.protokol.query.documents;

import dk.protokol.query.minutes.MinutesView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.protokol.query.documents.SampleMinutes.BPS;
import static dk.protokol.query.documents.SampleMinutes.CHAIR;
import static dk.protokol.query.documents.SampleMinutes.FKU;
import static org.assertj.core.api.Assertions.assertThat;

/** The documents of a fællesmøde (issue 10) name the bodies holding it with the one that called it, and each body's attendance. */
class JointMinutesDocumentsTest {

    private static MinutesView joint() {
        MinutesView m = SampleMinutes.approved();
        return new MinutesView(m.meetingId(), m.bodyId(), m.bodyName(), m.organisation(), m.status(), m.statusLabel(),
                m.cancelledReason(), m.start(), m.expectedEnd(), m.location(), m.present(), m.apologies(), m.absent(),
                m.guests(), m.referent(), m.approvedAt(), m.approvedBy(), m.approvedAtMeeting(), m.minutesApprovedHere(),
                m.agenda(), m.followUp(), m.corrections(), m.asOf(), m.chairOfTheDay(), m.kind(), List.of(
                new MinutesView.HoldingBody(BPS, "Boligpolitisk Styregruppe", true, List.of(CHAIR), 4, 3, true),
                new MinutesView.HoldingBody(FKU, "Forum for Koordination og Udvikling", false, List.of(), 2, null,
                        null)));
    }

    @Test
    void theTextNamesTheJointBodiesAndEachBodysVotingMembersPresent() {
        assertThat(MinutesText.jointWith(joint())).isEqualTo("Forum for Koordination og Udvikling");
        assertThat(MinutesText.presentByBody(joint())).isEqualTo("Boligpolitisk Styregruppe: 4 stemmeberettigede til"
                + " stede, beslutningsdygtigt ved 3; Forum for Koordination og Udvikling: 2 stemmeberettigede til stede");
        assertThat(MinutesText.jointWith(SampleMinutes.approved())).isNull();
        assertThat(MinutesText.presentByBody(SampleMinutes.approved())).isNull();
    }

    @Test
    void theMarkdownCarriesBothLinesOnlyForAJointMeeting() {
        String md = new MinutesMarkdown().render(joint());
        assertThat(md).contains("- **Fællesmøde med:** Forum for Koordination og Udvikling\n",
                "- **Fremmøde pr. organ:** Boligpolitisk Styregruppe: 4 stemmeberettigede til stede");
        assertThat(new MinutesMarkdown().render(SampleMinutes.approved())).doesNotContain("Fællesmøde med",
                "Fremmøde pr. organ");
    }

    @Test
    void thePdfCarriesBothLines() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(
                new MinutesPdf().render(joint()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Fællesmøde med", "Forum for Koordination og Udvikling", "Fremmøde pr. organ",
                    "4 stemmeberettigede til stede, beslutningsdygtigt ved 3");
        }
    }
}
