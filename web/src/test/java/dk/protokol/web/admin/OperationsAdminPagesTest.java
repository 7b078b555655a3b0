package dk.protokol.web.admin;

import dk.protokol.query.operations.Operations;
import dk.protokol.query.operations.Operations.DeadLetterGroup;
import dk.protokol.query.operations.Operations.DeadLetterSequence;
import dk.protokol.query.operations.Operations.RebuildProgress;
import dk.protokol.web.common.Queries;
import dk.protokol.web.support.PageChecks;
import org.axonframework.queryhandling.QueryGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's page "Drift" with the operations port mocked: the rebuild's progress as a bar that asks for
 * itself again only while it runs, a rebuild started by the signed-in administrator (refused with the port's message
 * while one runs), the parked sequences with their cause, retried per group and evicted with a reason.
 */
@WebMvcTest
@Import(Queries.class)
@WithMockUser(username = "driftschef", roles = "ADMIN")
class OperationsAdminPagesTest {

    static final Instant AT = Instant.parse("2026-12-06T16:00:00Z");
    static final RebuildProgress RUNNING = new RebuildProgress("RUNNING", 120, 300, 240.0, 1L,
            List.of("minutes", "people"), "driftschef", AT, null);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway queryGateway;
    @MockitoBean
    Operations operations;

    @BeforeEach
    void stubs() {
        when(operations.rebuildProgress()).thenReturn(new RebuildProgress("IDLE", 0, 0, 0, null, List.of(), null,
                null, null));
        when(operations.deadLetterGroups()).thenReturn(List.of(new DeadLetterGroup("decisions", 1, 2)));
        when(operations.deadLetterSequences()).thenReturn(List.of(new DeadLetterSequence("decisions",
                "meeting-7", 2, "DecisionRecorded", "2026-12-06T15:00:00Z", "PSQLException",
                "invalid byte sequence for encoding \"UTF8\": 0x00")));
    }

    private Document render(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private MvcResult posted(String path, String... form) throws Exception {
        var request = post(path).with(csrf());
        for (int i = 0; i + 1 < form.length; i += 2) {
            request = request.param(form[i], form[i + 1]);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
    }

    @Test
    void thePageShowsNoRebuildYetAndTheParkedSequencesWithTheirCause() throws Exception {
        Document page = render("/organisation/admin/drift");
        assertThat(page.getElementById("fremdrift").text()).contains("Ingen genopbygning");
        assertThat(page.getElementById("fremdrift").hasAttr("hx-get")).as("nothing to follow").isFalse();
        assertThat(page.select("#parkerede tbody tr").text()).contains("decisions", "meeting-7", "0x00");
        assertThat(page.select("nav.admin-nav a[aria-current=page]").attr("href")).isEqualTo("/organisation/admin/drift");
        PageChecks.everyControlIsLabelled(page);
        PageChecks.oneH1AndNoSkippedHeadingLevel(page);
        PageChecks.noInlineHandlers(page);
    }

    @Test
    void aRunningRebuildIsABarThatFollowsItselfUntilItIsDone() throws Exception {
        when(operations.rebuildProgress()).thenReturn(RUNNING);
        Document page = render("/organisation/admin/drift");
        assertThat(page.getElementById("genopbygning").attr("value")).isEqualTo("40");
        assertThat(page.getElementById("fremdrift-tal").text())
                .isEqualTo("120 af 300 positioner (40 %), 240 hændelser pr. sekund, 1 sekunder tilbage");
        assertThat(page.getElementById("fremdrift").attr("hx-get")).isEqualTo("/organisation/admin/drift/fremdrift");
        assertThat(page.getElementById("fremdrift").attr("hx-trigger")).isEqualTo("every 2s");

        when(operations.rebuildProgress()).thenReturn(new RebuildProgress("DONE", 300, 300, 250.0, 0L,
                List.of("minutes", "people"), "driftschef", AT, AT.plusSeconds(1)));
        Document fragment = render("/organisation/admin/drift/fremdrift");
        assertThat(fragment.getElementById("genopbygning").attr("value")).isEqualTo("100");
        assertThat(fragment.getElementById("fremdrift").hasAttr("hx-get")).as("done: stops asking").isFalse();
    }

    @Test
    void aRebuildIsStartedByTheAdministratorAndRefusedWhileOneRuns() throws Exception {
        when(operations.startRebuild("driftschef")).thenReturn(RUNNING);
        posted("/organisation/admin/drift/genopbyg");
        verify(operations).startRebuild("driftschef");

        when(operations.startRebuild("driftschef")).thenThrow(new IllegalStateException(
                "En genopbygning af visningerne kører allerede; vent, til den er færdig."));
        MvcResult refused = posted("/organisation/admin/drift/genopbyg");
        assertThat(refused.getFlashMap().get("refused")).isEqualTo(
                "En genopbygning af visningerne kører allerede; vent, til den er færdig.");
    }

    @Test
    void parkedEventsAreRetriedPerGroupAndEvictedWithAReason() throws Exception {
        when(operations.retry("decisions", "driftschef")).thenReturn(Optional.of(1));
        assertThat(posted("/organisation/admin/drift/decisions/retry").getFlashMap().get("retried")).isEqualTo(1);

        when(operations.evict("decisions", "meeting-7", "driftschef", ""))
                .thenThrow(new IllegalArgumentException(Operations.REASON_REQUIRED));
        assertThat(posted("/organisation/admin/drift/decisions/evict", "sequence", "meeting-7", "reason", " ")
                .getFlashMap().get("refused")).isEqualTo(Operations.REASON_REQUIRED);

        when(operations.evict("decisions", "meeting-7", "driftschef", "Prøvemøde"))
                .thenReturn(Optional.of(2));
        assertThat(posted("/organisation/admin/drift/decisions/evict", "sequence", "meeting-7", "reason",
                "Prøvemøde").getFlashMap().get("evicted")).isEqualTo(2);
    }
}
