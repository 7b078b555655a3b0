package dk.protokol.web.outbox;

import dk.protokol.events.caller.Callers;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.outbox.OutboxMail;
import dk.protokol.query.outbox.OutboxQueries;
import dk.protokol.events.command.Commands;
import dk.protokol.web.common.Queries;
import dk.protokol.web.support.ContextCallers;
import dk.protokol.web.support.GatewayCommands;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The page /udbakke: the caller's outbox newest first, each mail readable; refused as the API refuses. */
@WebMvcTest
@Import({Queries.class, OutboxPagesTest.Ports.class})
@WithMockUser
class OutboxPagesTest {

    @TestConfiguration
    static class Ports {
        @Bean
        Commands commands(CommandGateway commandGateway) {
            return new GatewayCommands(commandGateway, 42);
        }

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
        }
    }

    static final MeetingId MEETING = MeetingId.random();

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway queryGateway;
    @MockitoBean
    CommandGateway commandGateway;
    @MockitoBean
    Callers callers;
    @MockitoBean
    ReadYourWrites readYourWrites;
    @MockitoBean
    OutboxQueries outbox;

    @BeforeEach
    void stubs() {
        when(callers.current()).thenAnswer(call -> ContextCallers.caller(null));
    }

    @Test
    void theOutboxShowsEachMailWithItsRecipientStateAttemptsAndText() throws Exception {
        when(outbox.find(isNull(), any())).thenReturn(List.of(
                new OutboxMail(2, "AGENDA", PersonId.random(), "Mette Madsen", "mette@eksempel.dk", "da", MEETING,
                        null, "Dagsorden: Boligpolitisk Styregruppe, torsdag den 11. februar 2027",
                        "Dagsordenen til mødet i Boligpolitisk Styregruppe er udsendt.\n\n1. Budget\n", "QUEUED", 0,
                        null, Instant.parse("2027-02-01T08:00:00Z"), Instant.parse("2027-02-01T08:00:00Z"), null,
                        false),
                new OutboxMail(1, "ACTION_OVERDUE", PersonId.random(), "Slettet person", null, "da", null, null,
                        "Handling overskredet: Indhente tilbud", null, "SENT", 3, null,
                        Instant.parse("2027-01-30T06:00:00Z"), Instant.parse("2027-01-30T06:00:00Z"),
                        Instant.parse("2027-01-30T06:10:00Z"), true)));
        Document page = Jsoup.parse(mvc.perform(get("/udbakke")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Udbakke");
        assertThat(page.select("#outbox > li").eachAttr("id")).containsExactly("mail-2", "mail-1");
        assertThat(page.getElementById("mail-2").selectFirst("summary").text())
                .contains("Dagsorden: Boligpolitisk Styregruppe", "Mette Madsen", "<mette@eksempel.dk>", "I kø");
        assertThat(page.getElementById("mail-2").selectFirst("pre.outbox-text").wholeText()).contains("1. Budget");
        assertThat(page.getElementById("mail-1").selectFirst("summary").text())
                .contains("Slettet person", "Sendt", "(3 forsøg)");
        assertThat(page.getElementById("mail-1").text()).contains("Modtageren er slettet")
                .contains("Handling overskredet");
    }

    @Test
    void anEmptyOutboxSaysSoAndACallerWhoMayNotReadItIsRefused() throws Exception {
        when(outbox.find(isNull(), any())).thenReturn(List.of());
        assertThat(mvc.perform(get("/udbakke")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Ingen mails.");
        when(outbox.find(isNull(), any())).thenThrow(new AccessDeniedException(
                "Udbakken kan kun læses af administratorer og organets sekretærer."));
        mvc.perform(get("/udbakke")).andExpect(status().isForbidden());
    }
}
