package dk.protokol.web.secretary;

import dk.protokol.events.caller.CallerAccess;
import dk.protokol.events.caller.Readable;
import dk.protokol.events.caller.Callers;
import dk.protokol.events.command.Commands;
import dk.protokol.web.support.GatewayCommands;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.web.common.Queries;
import dk.protokol.web.support.ContextCallers;
import dk.protokol.web.support.ReadSide;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the secretary's page tests share (one Spring context): the read side stubbed at the query gateway (each test
 * class answers from its own meeting), the command gateway mocked behind the command port, the position 42 and the policy bean.
 */
@WebMvcTest
@Import({Queries.class, SecretaryPageTest.Policy.class})
@WithMockUser
abstract class SecretaryPageTest {

    static final BodyId FKU = BodyId.random();
    static final BodyId BPS = BodyId.random();
    static final MeetingId MEETING = MeetingId.random();
    static final AgendaItemId STANDING = AgendaItemId.random();
    static final AgendaItemId BUDGET = AgendaItemId.random();
    static final PersonId SARA = PersonId.random();
    static final PersonId KARSTEN = PersonId.random();
    static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 14, 0);

    /** Stands in for infra's policy bean, which answers the access port; {@code allowed} is what it answers. */
    @TestConfiguration
    static class Policy {
        static boolean allowed = true;
        /** Bodies the caller does not record for, though she may record for the meeting. */
        static java.util.Set<BodyId> refusedBodies = new java.util.HashSet<>();

        @Bean
        Commands commands(CommandGateway commandGateway) {
            return new GatewayCommands(commandGateway, 42);
        }

        @Bean("accessPolicy")
        @Primary
        AccessPolicyStub accessPolicy() {
            return new AccessPolicyStub();
        }
    }

    public static class AccessPolicyStub implements CallerAccess {

        @Override
        public boolean canRecordFor(BodyId body) {
            return Policy.allowed && !Policy.refusedBodies.contains(body);
        }

        @Override
        public boolean canRecordForMeeting(MeetingId meeting) {
            return Policy.allowed;
        }

        @Override
        public Readable readable() {
            return Readable.EVERYTHING; // the read side is stubbed at the query gateway
        }
    }

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

    /** The status of the meeting the read side answers with. */
    MeetingStatus meetingStatus = MeetingStatus.OPEN;
    private final List<Object> asked = new ArrayList<>();

    @BeforeEach
    void stubs() {
        Policy.allowed = true;
        Policy.refusedBodies.clear();
        when(callers.current()).thenAnswer(call -> ContextCallers.caller(SARA));
        when(readYourWrites.await(anyLong(), any(String[].class))).thenReturn(true);
        ReadSide.answers(queryGateway, asked, this::answer);
    }

    /** What the read side answers to a query. */
    abstract Object answer(Object query);

    Document render(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** The one command sent. */
    Object sent() {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway).sendAndWait(command.capture());
        return command.getValue();
    }

    static MockHttpServletRequestBuilder form(String path) {
        return post(path).with(csrf());
    }
}
