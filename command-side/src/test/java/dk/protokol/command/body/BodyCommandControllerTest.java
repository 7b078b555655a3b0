package dk.protokol.command.body;

import dk.protokol.events.command.body.AppointMember;
import dk.protokol.events.command.body.ChangeBodyCadence;
import dk.protokol.events.command.body.ChangeBodyMandate;
import dk.protokol.events.command.body.ChangeBodyQuorum;
import dk.protokol.events.command.body.ChangeMemberRole;
import dk.protokol.events.command.body.EndBodyRelation;
import dk.protokol.events.command.body.NameSuccessorBody;
import dk.protokol.events.command.body.RenameBody;
import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.command.body.DissolveBody;
import dk.protokol.events.command.body.EndMembership;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.command.CommandControllerSlice;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(BodyCommandController.class)
@Import(CommandSender.class)
class BodyCommandControllerTest extends CommandControllerSlice {

    private static final UUID BPS = UUID.randomUUID();
    private static final UUID MAYOR = UUID.randomUUID();

    private ResultActions postJson(String path, String json) throws Exception {
        return postJsonAs("admin", path, json);
    }

    @Test
    void establishesABodyFromTodayWhenNoDateIsGivenAndAnswersCreated() throws Exception {
        postJson("/api/bodies", """
                {"name": "Boligpolitisk Styregruppe", "kind": "STEERING_GROUP", "organisation": "BolivVejle",
                 "meetingsPerYear": 4}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(42));

        EstablishBody command = (EstablishBody) sentCommand();
        assertThat(command.establishedOn()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(command.kind()).isEqualTo(BodyKind.STEERING_GROUP);
        verify(eventPositions).headOf(command.bodyId().toString());
    }

    @Test
    void establishesABodyOnTheGivenDateUnderItsParent() throws Exception {
        postJson("/api/bodies", """
                {"name": "Lokal styregruppe Løget", "kind": "STEERING_GROUP", "organisation": "BolivVejle",
                 "parentId": "%s", "establishedOn": "2025-01-01"}""".formatted(BPS))
                .andExpect(status().isCreated());

        EstablishBody command = (EstablishBody) sentCommand();
        assertThat(command.parentId()).isEqualTo(BodyId.of(BPS));
        assertThat(command.establishedOn()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void refusesABodyWithoutNameOrKindAndSendsNothing() throws Exception {
        postJson("/api/bodies", """
                {"name": " ", "organisation": "BolivVejle"}""")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void declaresARelation() throws Exception {
        UUID fku = UUID.randomUUID();
        postJson("/api/bodies/" + fku + "/relations", """
                {"targetBodyId": "%s", "relation": "REPORTS_TO"}""".formatted(BPS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(fku.toString()))
                .andExpect(jsonPath("$.position").value(42));

        assertThat(sentCommand()).isEqualTo(
                new DeclareBodyRelation(BodyId.of(fku), BodyId.of(BPS), RelationKind.REPORTS_TO));
    }

    @Test
    void declaresARelationFromADay() throws Exception {
        UUID fku = UUID.randomUUID();
        postJson("/api/bodies/" + fku + "/relations", """
                {"targetBodyId": "%s", "relation": "SERVES", "from": "2026-03-01"}""".formatted(BPS))
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new DeclareBodyRelation(BodyId.of(fku), BodyId.of(BPS),
                RelationKind.SERVES, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void refusesARelationFromADayThatIsNoDate() throws Exception {
        postJson("/api/bodies/" + BPS + "/relations", """
                {"targetBodyId": "%s", "relation": "SERVES", "from": "2026-02-30"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void appointsAMember() throws Exception {
        postJson("/api/bodies/" + BPS + "/members", """
                {"personId": "%s", "role": "CHAIR", "representing": "Vejle Kommune", "from": "2025-01-01"}"""
                .formatted(MAYOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(BPS.toString()));

        assertThat(sentCommand()).isEqualTo(new AppointMember(BodyId.of(BPS), PersonId.of(MAYOR), MemberRole.CHAIR,
                "Vejle Kommune", LocalDate.of(2025, 1, 1)));
    }

    @Test
    void refusesAnAppointmentWithoutAStartDate() throws Exception {
        postJson("/api/bodies/" + BPS + "/members", """
                {"personId": "%s", "role": "MEMBER"}""".formatted(MAYOR))
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void changesAMembersRole() throws Exception {
        postJson("/api/bodies/" + BPS + "/members/" + MAYOR + "/role", """
                {"role": "CHAIR", "from": "2026-01-01"}""")
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new ChangeMemberRole(BodyId.of(BPS), PersonId.of(MAYOR),
                MemberRole.CHAIR, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void endsAMembership() throws Exception {
        postJson("/api/bodies/" + BPS + "/members/" + MAYOR + "/end", """
                {"to": "2025-12-31", "reason": "Ny byrådsperiode"}""")
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new EndMembership(BodyId.of(BPS), PersonId.of(MAYOR),
                LocalDate.of(2025, 12, 31), "Ny byrådsperiode"));
    }

    @Test
    void dissolvesABody() throws Exception {
        postJson("/api/bodies/" + BPS + "/dissolve", """
                {"on": "2025-06-30", "reason": "Afløst af ad hoc arbejdsgrupper"}""")
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new DissolveBody(BodyId.of(BPS), LocalDate.of(2025, 6, 30),
                "Afløst af ad hoc arbejdsgrupper"));
    }

    @Test
    void refusesADissolutionWithoutAReason() throws Exception {
        postJson("/api/bodies/" + BPS + "/dissolve", """
                {"on": "2025-06-30"}""")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void onlyThoseThePolicyAllowsMayChangeTheOrganisation() throws Exception {
        accessPolicy.refuseEveryone();

        postJson("/api/bodies/" + BPS + "/dissolve", """
                {"on": "2025-06-30", "reason": "Nedlagt"}""")
                .andExpect(status().isForbidden());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void renamesAndChangesMandateCadenceAndQuorumFromADate() throws Exception {
        postJson("/api/bodies/" + BPS + "/rename", """
                {"name": "Boligpolitisk Forum", "on": "2026-01-01"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(BPS.toString()));

        postJson("/api/bodies/" + BPS + "/cadence", """
                {"meetingsPerYear": 6, "on": "2026-01-01"}""")
                .andExpect(status().isOk());
        postJson("/api/bodies/" + BPS + "/quorum", """
                {"quorum": 5, "on": "2026-01-01"}""")
                .andExpect(status().isOk());
        postJson("/api/bodies/" + BPS + "/mandate", """
                {"mandate": "Fastlægger de boligpolitiske linjer", "on": "2026-01-01"}""")
                .andExpect(status().isOk());
        assertThat(sentCommands()).containsExactly(
                new RenameBody(BodyId.of(BPS), "Boligpolitisk Forum", LocalDate.of(2026, 1, 1)),
                new ChangeBodyCadence(BodyId.of(BPS), 6, LocalDate.of(2026, 1, 1)),
                new ChangeBodyQuorum(BodyId.of(BPS), 5, LocalDate.of(2026, 1, 1)),
                new ChangeBodyMandate(BodyId.of(BPS), "Fastlægger de boligpolitiske linjer", LocalDate.of(2026, 1, 1)));
    }

    @Test
    void refusesARenameWithoutADateNamingTheField() throws Exception {
        postJson("/api/bodies/" + BPS + "/rename", """
                {"name": "Boligpolitisk Forum"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("on"))
                .andExpect(jsonPath("$.errors[0].message").value("Angiv fra hvilken dag organet hedder sådan."));

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void namesASuccessorAndEndsARelation() throws Exception {
        UUID fku = UUID.randomUUID();
        postJson("/api/bodies/" + BPS + "/successor", """
                {"successorId": "%s", "on": "2026-01-01"}""".formatted(fku))
                .andExpect(status().isOk());

        postJson("/api/bodies/" + BPS + "/relations/end", """
                {"targetBodyId": "%s", "relation": "REPORTS_TO", "on": "2026-01-01"}""".formatted(fku))
                .andExpect(status().isOk());
        assertThat(sentCommands()).containsExactly(
                new NameSuccessorBody(BodyId.of(BPS), BodyId.of(fku), LocalDate.of(2026, 1, 1)),
                new EndBodyRelation(BodyId.of(BPS), BodyId.of(fku),
                RelationKind.REPORTS_TO, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void onlyThoseThePolicyAllowsMayRenameABody() throws Exception {
        accessPolicy.refuseEveryone();

        postJson("/api/bodies/" + BPS + "/rename", """
                {"name": "Boligpolitisk Forum", "on": "2026-01-01"}""")
                .andExpect(status().isForbidden());

        verify(commandGateway, never()).sendAndWait(any());
    }
}
