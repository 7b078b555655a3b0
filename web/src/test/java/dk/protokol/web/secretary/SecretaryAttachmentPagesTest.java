package dk.protokol.web.secretary;

import dk.protokol.events.command.meeting.AddAttachment;
import dk.protokol.events.command.meeting.FileTypes;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyDetail;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.query.organisation.OrgChart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bilag on the secretary's meeting page (issue 14): each item lists its bilag as download links ("Bilag 2.1") and has
 * an upload form (multipart, CSRF); a file that is no PDF, DOCX, XLSX, ODT, PNG or JPEG by content is refused with the
 * API's message beside the field and nothing sent; a good file is sent as {@link AddAttachment}.
 */
class SecretaryAttachmentPagesTest extends SecretaryPageTest {

    static final AttachmentId BUDGET_PDF = AttachmentId.random();
    static final MinutesView.Attachment BILAG = new MinutesView.Attachment(BUDGET_PDF, "2.1", "Budget.pdf",
            "application/pdf", 12_400, "ab".repeat(32), false, null, false, null);
    static final String UPLOAD = "/sekretaer/moeder/" + MEETING + "/punkter/" + BUDGET + "/bilag";

    @Override
    Object answer(Object query) {
        if (query instanceof FindOrgChart) {
            OrgChart.Node fku = new OrgChart.Node(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, null,
                    List.of(new OrgChart.Member(SARA, "Sara Sekretær", MemberRole.SECRETARY, null),
                            new OrgChart.Member(KARSTEN, "Karsten Kommunaldirektør", MemberRole.CHAIR, "Vejle Kommune")),
                    List.of(), List.of());
            OrgChart.Node bps = new OrgChart.Node(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, null,
                    List.of(), List.of(), List.of(fku));
            return new OrgChart(LocalDate.of(2026, 3, 2), null, List.of(new OrgChart.Organisation("BolivVejle", List.of(bps))));
        } else if (query instanceof FindMeetings) {
            return List.of(
                    new MeetingSummary(MEETING, FKU, "FKU", "BolivVejle", START, START.plusHours(2), "Løget Beboerhus",
                            MeetingStatus.SCHEDULED, "planlagt"),
                    new MeetingSummary(MeetingId.random(), FKU, "FKU", "BolivVejle", START.minusMonths(1),
                            null, "Rådhuset", MeetingStatus.CLOSED, "afholdt"));
        } else if (query instanceof FindMinutes) {
            return minutes();
        } else if (query instanceof FindBody) {
            return new BodyDetail(FKU, "FKU", BodyKind.FORUM, "BolivVejle", BPS, "BPS", null, null, null, null, null,
                    START.toLocalDate(), true, null, List.of(
                    new BodyDetail.Member(KARSTEN, "Karsten Kommunaldirektør", MemberRole.CHAIR, "Vejle Kommune", null, null, null),
                    new BodyDetail.Member(SARA, "Sara Sekretær", MemberRole.SECRETARY, null, null, null, null)), List.of());
        } else if (query instanceof FindBodies) {
            return List.of(new BodySummary(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null, null, null, null),
                    new BodySummary(FKU, "FKU", BodyKind.FORUM, "BolivVejle", BPS, null, null, null));
        }
        throw new IllegalArgumentException("not stubbed: " + query);
    }

    private MinutesView minutes() {
        MinutesView.Item standing = new MinutesView.Item(STANDING, 1, "Godkendelse af dagsorden og referat",
                AgendaItemKind.INFORMATION, "til orientering", null, null, true, false, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of());
        MinutesView.Item budget = new MinutesView.Item(BUDGET, 2, "Budget 2027", AgendaItemKind.DECISION,
                "til beslutning", "Forslag til budget", null, false, false, null, "Drøftet.", null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(BILAG));
        return new MinutesView(MEETING, FKU, "FKU", "BolivVejle", meetingStatus, "i gang", null, START,
                START.plusHours(2), "Løget Beboerhus",
                List.of(new MinutesView.Attendee(KARSTEN, "Karsten Kommunaldirektør", null, null, null, null, null)),
                List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(standing, budget),
                List.of(), null);
    }

    @Test
    void theItemListsItsBilagAsDownloadsAndHasAnUploadForm() throws Exception {
        Document page = render("/sekretaer/moeder/" + MEETING);
        Element link = page.selectFirst("#item-" + BUDGET + "-recorded .recorded-attachments a");
        assertThat(link.text()).isEqualTo("Bilag 2.1: Budget.pdf");
        assertThat(link.attr("href")).isEqualTo("/bilag/" + BUDGET_PDF);
        Element form = page.getElementById("attachment-" + BUDGET);
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.attr("hx-encoding")).isEqualTo("multipart/form-data");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.select("input[type=file][name=file]")).hasSize(1);
        assertThat(page.getElementById("attachment-" + BUDGET + "-file-hint").text()).startsWith("Højst 25 MB.");
    }

    @Test
    void anExecutableNamedPdfIsRefusedBesideTheFieldAndNothingIsSent() throws Exception {
        MockMultipartFile executable = new MockMultipartFile("file", "faktura.pdf", "application/pdf",
                new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        String html = mvc.perform(multipart(UPLOAD).file(executable).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        verify(commandGateway, never()).sendAndWait(any());
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("attachment-" + BUDGET + "-file-error").text()).isEqualTo(FileTypes.REFUSAL);
        assertThat(page.getElementById("attachment-" + BUDGET + "-disclosure").hasAttr("open")).isTrue();
        assertThat(page.getElementById("attachment-" + BUDGET + "-file").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void noFileChosenIsRefusedBesideTheField() throws Exception {
        MockMultipartFile none = new MockMultipartFile("file", "", "application/octet-stream", new byte[0]);
        String html = mvc.perform(multipart(UPLOAD).file(none).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        verify(commandGateway, never()).sendAndWait(any());
        assertThat(Jsoup.parse(html).getElementById("attachment-" + BUDGET + "-file-error").text())
                .isEqualTo("Vælg en fil.");
    }

    @Test
    void aPdfIsAttachedAndThePageComesBackAtItsPosition() throws Exception {
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart(UPLOAD).file(new MockMultipartFile("file", "C:\\Dokumenter\\Tidsplan.pdf",
                        "application/octet-stream", pdf)).param("visibleToPublic", "true").with(csrf()))
                .andExpect(status().is3xxRedirection());
        AddAttachment sent = (AddAttachment) sent();
        assertThat(sent.itemId()).isEqualTo(BUDGET);
        assertThat(sent.file().fileName()).isEqualTo("Tidsplan.pdf");
        assertThat(sent.file().contentType()).isEqualTo("application/pdf");
        assertThat(sent.file().content()).isEqualTo(pdf);
        assertThat(sent.visibleToPublic()).isTrue();
    }
}
