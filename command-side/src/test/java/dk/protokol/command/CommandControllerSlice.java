package dk.protokol.command;

import dk.protokol.command.CommandWebTestApplication.TestAccessPolicy;
import dk.protokol.command.common.EventPositions;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What every {@code @WebMvcTest} of a command controller shares: MockMvc with Spring Security, a mocked command
 * gateway whose sent command a test can take, events that land at position 42, and an access policy that
 * allows everyone until a test says otherwise. Subclasses name the controller in {@code @WebMvcTest} and
 * {@code @Import(CommandSender.class)}.
 */
public abstract class CommandControllerSlice {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected TestAccessPolicy accessPolicy;
    @MockitoBean
    protected CommandGateway commandGateway;
    @MockitoBean
    protected EventPositions eventPositions;

    @BeforeEach
    void everyoneIsAllowedAndEventsLandAtPosition42() {
        accessPolicy.allowEveryone(); // the policy bean outlives a test in Spring's context cache
        when(eventPositions.headOf(anyString())).thenReturn(42L);
    }

    /** POSTs {@code json} to {@code path} as the signed-in {@code user}, with a CSRF token. */
    protected ResultActions postJsonAs(String user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(user(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** The one command the controller sent through the gateway. */
    protected Object sentCommand() {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway).sendAndWait(command.capture());
        return command.getValue();
    }

    /** Every command the controller sent through the gateway, in order. */
    protected java.util.List<Object> sentCommands() {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway, org.mockito.Mockito.atLeastOnce()).sendAndWait(command.capture());
        return command.getAllValues();
    }
}
