package dk.protokol.web.evaluator;

import dk.protokol.query.audit.AuditTrail;
import dk.protokol.query.audit.AuditTrail.AuditEvent;
import dk.protokol.query.audit.AuditTrail.CheckpointView;
import dk.protokol.query.audit.AuditTrail.Filter;
import dk.protokol.query.audit.AuditTrail.Mismatch;
import dk.protokol.query.audit.AuditTrail.Verification;
import dk.protokol.web.common.Queries;
import dk.protokol.web.support.PageChecks;
import dk.protokol.web.support.ReadSide;
import org.axonframework.queryhandling.QueryGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluator's page "Revision" with the audit trail mocked: the chain is recomputed only when asked and says
 * whole or the first bad position and why; the checkpoints with their statements; a checkpoint recorded by the
 * signed-in evaluator; the export link; the event log filtered by aggregate and dates and paged by position.
 */
@WebMvcTest
@Import(Queries.class)
@WithMockUser(username = "revisor", roles = "EVALUATOR")
class AuditPagesTest {

    static final String HASH = "a".repeat(64);
    static final Instant AT = Instant.parse("2026-12-06T16:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway queryGateway;
    @MockitoBean
    AuditTrail audit;

    static AuditEvent event(long position) {
        return new AuditEvent(position, AT, "MeetingScheduled", "2", "Meeting", "meeting-1", position - 1,
                "event-" + position, "sekretaer", "corr-" + position, "{\"title\":\"<b>Møde</b>\"}", HASH);
    }

    @BeforeEach
    void stubs() {
        when(audit.checkpoints()).thenReturn(List.of(new CheckpointView(120, HASH, 118, AT, "system", "interval")));
        when(audit.events(any())).thenReturn(List.of(event(1), event(2)));
    }

    private Document render(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void thePageShowsCheckpointsExportAndLogAndRecomputesTheChainOnlyWhenAsked() throws Exception {
        Document page = render("/evaluering/revision");
        verify(audit, never()).verify(anyList());
        assertThat(page.getElementById("kaede-status").text()).contains("ikke genberegnet");
        assertThat(page.select("#kontrolpunkter tbody tr")).hasSize(1);
        assertThat(page.select("#kontrolpunkter a").attr("href")).isEqualTo("/api/audit/checkpoints/120/statement");
        assertThat(page.getElementById("hent-eksport").attr("href")).isEqualTo("/api/audit/export.ndjson");
        assertThat(page.select("#haendelseslog tbody tr")).hasSize(2);
        assertThat(page.select("#haendelseslog tbody tr").first().text()).contains("MeetingScheduled", "sekretaer",
                "corr-1");
        assertThat(page.select("#haendelseslog pre").first().text()).as("stored JSON shown as text")
                .isEqualTo("{\"title\":\"<b>Møde</b>\"}");
        assertThat(page.select("#haendelseslog b")).as("never as markup").isEmpty();
        PageChecks.everyControlIsLabelled(page);
        PageChecks.oneH1AndNoSkippedHeadingLevel(page);
        PageChecks.noInlineHandlers(page);
    }

    @Test
    void aWholeChainAndABrokenOneAreSaidPlainly() throws Exception {
        when(audit.verify(anyList())).thenReturn(new Verification(true, 118, 120L, HASH, null, 0, 1, 1, AT, 12));
        Document whole = render("/evaluering/revision?kontrol=ja");
        assertThat(whole.getElementById("kaede-hel").text())
                .isEqualTo("Kæden er hel: 118 hændelser til og med position 120; 1 af 1 kontrolpunkter passer.");
        assertThat(whole.getElementById("kaede-hash").text()).isEqualTo(HASH);

        when(audit.verify(anyList())).thenReturn(new Verification(false, 118, 120L, HASH,
                new Mismatch(41, "ALTERED", "Hændelsen på position 41 er ændret eller flyttet: dens hash passer ikke "
                        + "med kæden."), 1, 1, 0, AT, 12));
        Document broken = render("/evaluering/revision?kontrol=ja");
        assertThat(broken.getElementById("kaede-brudt").text())
                .isEqualTo("Kæden er brudt: første fejl på position 41 (1 fejl i alt).");
        assertThat(broken.getElementById("kaede-grund").text()).startsWith("Hændelsen på position 41 er ændret");
    }

    @Test
    void theLogIsFilteredByAggregateAndDanishDaysAndPagedByPosition() throws Exception {
        List<AuditEvent> many = new java.util.ArrayList<>();
        for (long p = 11; p <= 61; p++) {
            many.add(event(p));
        }
        when(audit.events(any())).thenReturn(many);
        Document page = render("/evaluering/revision?aggregateId=meeting-1&fra=2026-03-01&til=2026-03-31&efter=10");
        ArgumentCaptor<Filter> filter = ArgumentCaptor.forClass(Filter.class);
        verify(audit).events(filter.capture());
        assertThat(filter.getValue().aggregateId()).isEqualTo("meeting-1");
        assertThat(filter.getValue().after()).isEqualTo(10);
        assertThat(filter.getValue().from()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(filter.getValue().to()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(page.select("#haendelseslog tbody tr")).hasSize(50);
        assertThat(page.getElementById("naeste-side").attr("href"))
                .contains("aggregateId=meeting-1", "fra=2026-03-01", "til=2026-03-31", "efter=60");

        Document badDate = render("/evaluering/revision?fra=1.3.2026");
        assertThat(badDate.getElementById("dato-fejl").text()).isEqualTo("Datoen skal skrives som 2026-03-01.");
    }

    @Test
    void aCheckpointIsRecordedByTheSignedInEvaluator() throws Exception {
        when(audit.recordCheckpoint("revisor", "on demand"))
                .thenReturn(new CheckpointView(130, HASH, 128, AT, "revisor", "on demand"));
        mvc.perform(post("/evaluering/revision/kontrolpunkt").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/evaluering/revision"));
        verify(audit).recordCheckpoint("revisor", "on demand");

        // an empty chain: the trail's own refusal (the API's words) is shown, nothing recorded
        when(audit.recordCheckpoint("revisor", "on demand")).thenThrow(new IllegalStateException(
                "Kæden er tom: der er ingen hændelser at sætte et kontrolpunkt ved."));
        assertThat(mvc.perform(post("/evaluering/revision/kontrolpunkt").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("checkpointRefused"))
                .isEqualTo("Kæden er tom: der er ingen hændelser at sætte et kontrolpunkt ved.");
    }

    @Test
    @WithMockUser(username = "sara", roles = "SECRETARY")
    void theEvaluatorStartPageLinksToTheAuditOnlyForEvaluators() throws Exception {
        ReadSide.answers(queryGateway, new java.util.ArrayList<>(), query -> List.of());
        // the secretary is refused by infra's policy (AuditChainOnPostgresTest, the matrix); here: no link for her
        assertThat(render("/evaluering").getElementById("link-revision")).isNull();
    }

    @Test
    void theEvaluatorStartPageLinksToTheAudit() throws Exception {
        ReadSide.answers(queryGateway, new java.util.ArrayList<>(), query -> List.of());
        assertThat(render("/evaluering").getElementById("link-revision").attr("href")).isEqualTo("/evaluering/revision");
    }
}
