package dk.protokol.command.person;

import dk.protokol.events.command.person.ChangePersonDetails;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.command.CommandControllerSlice;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.PersonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PersonCommandController.class)
@Import(CommandSender.class)
class PersonCommandControllerTest extends CommandControllerSlice {

    @BeforeEach
    void eventsLandAtPosition7() {
        when(eventPositions.headOf(anyString())).thenReturn(7L);
    }

    private ResultActions postJson(String path, String json) throws Exception {
        return postJsonAs("admin", path, json);
    }

    @Test
    void registersAPersonUnderANewIdAndAnswersCreated() throws Exception {
        String answer = postJson("/api/people", """
                {"name": "Sofie Brandt Lykke", "email": "sofie@eksempel.dk", "organisation": "Fællessekretariatet"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(7))
                .andReturn().getResponse().getContentAsString();

        RegisterPerson command = (RegisterPerson) sentCommand();
        assertThat(command.name()).isEqualTo("Sofie Brandt Lykke");
        assertThat(answer).contains(command.personId().toString());
    }

    @Test
    void refusesAnInvalidEmailAndSendsNothing() throws Exception {
        postJson("/api/people", """
                {"name": "Sofie", "email": "ikke en adresse"}""")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void replacesAPersonsDetails() throws Exception {
        UUID sofie = UUID.randomUUID();
        postJson("/api/people/" + sofie + "/details", """
                {"name": "Sofie Brandt", "phone": "+45 12 34 56 78"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(sofie.toString()));

        assertThat(sentCommand()).isEqualTo(
                new ChangePersonDetails(PersonId.of(sofie), "Sofie Brandt", null, "+45 12 34 56 78", null));
    }
}
