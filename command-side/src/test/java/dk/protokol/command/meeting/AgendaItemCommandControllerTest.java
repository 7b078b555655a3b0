package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AddAgendaItem;
import dk.protokol.events.command.meeting.AgreeAction;
import dk.protokol.events.command.meeting.AmendAgendaItem;
import dk.protokol.events.command.meeting.DeclareConflictOfInterest;
import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.command.meeting.RecordItemNotes;
import dk.protokol.events.command.meeting.RecordRemark;
import dk.protokol.events.command.meeting.ReferCase;
import dk.protokol.events.command.meeting.WithdrawAgendaItem;
import dk.protokol.command.CommandControllerSlice;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AgendaItemCommandController.class)
@Import(CommandSender.class)
class AgendaItemCommandControllerTest extends CommandControllerSlice {

    private static final UUID MEETING = UUID.randomUUID();
    private static final UUID ITEM = UUID.randomUUID();
    private static final UUID PERSON = UUID.randomUUID();

    @BeforeEach
    void meetingEventsLandAtPosition42() {
        when(eventPositions.headOf(anyString())).thenReturn(-1L);
        when(eventPositions.headOf(MEETING.toString())).thenReturn(42L);
    }

    private ResultActions postJson(String path, String json) throws Exception {
        return postJsonAs("sekretaer", "/api/meetings/" + MEETING + path, json);
    }

    @Test
    void addsAnItemAndAnswersCreatedWithTheItemsIdAndTheMeetingsPosition() throws Exception {
        ResultActions answer = postJson("/agenda-items", """
                {"title": "Handleplan 2027", "kind": "DECISION", "description": "Udkast vedlagt",
                 "presenterId": "%s"}""".formatted(PERSON))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(42));

        AddAgendaItem command = (AddAgendaItem) sentCommand();
        answer.andExpect(jsonPath("$.id").value(command.itemId().toString()));
        assertThat(command).isEqualTo(new AddAgendaItem(MeetingId.of(MEETING), command.itemId(), "Handleplan 2027",
                AgendaItemKind.DECISION, "Udkast vedlagt", PersonId.of(PERSON)));
        assertThat(accessPolicy.lastChecked()).as("the policy judged the meeting of the path").isEqualTo(MEETING);
    }

    @Test
    void refusesAnItemWithoutTitleOrKind() throws Exception {
        postJson("/agenda-items", """
                {"title": ""}""")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void amendsOnlyWhatIsGiven() throws Exception {
        postJson("/agenda-items/" + ITEM + "/amend", """
                {"kind": "DISCUSSION"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(MEETING.toString()));

        assertThat(sentCommand()).isEqualTo(new AmendAgendaItem(MeetingId.of(MEETING), AgendaItemId.of(ITEM), null,
                AgendaItemKind.DISCUSSION, null));
    }

    @Test
    void aPresenterIdInTheAmendmentChangesThePresenter() throws Exception {
        postJson("/agenda-items/" + ITEM + "/amend", """
                {"title": "Handleplan 2027-2030", "presenterId": "%s"}""".formatted(PERSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.position").value(42));

        assertThat(sentCommand()).isEqualTo(new AmendAgendaItem(MeetingId.of(MEETING), AgendaItemId.of(ITEM),
                "Handleplan 2027-2030", null, null, AmendAgendaItem.PresenterChange.to(PersonId.of(PERSON))));
    }

    @Test
    void clearPresenterRemovesThePresenterWithOrWithoutAnEmptyPresenterId() throws Exception {
        for (String body : new String[] {"""
                {"clearPresenter": true}""", """
                {"presenterId": "", "clearPresenter": true}""", """
                {"presenterId": null, "clearPresenter": true}"""}) {
            clearInvocations(commandGateway);
            postJson("/agenda-items/" + ITEM + "/amend", body).andExpect(status().isOk());

            assertThat(sentCommand()).as(body).isEqualTo(new AmendAgendaItem(MeetingId.of(MEETING),
                    AgendaItemId.of(ITEM), null, null, null, AmendAgendaItem.PresenterChange.none()));
        }
    }

    @Test
    void anEmptyOrNullPresenterIdWithoutClearPresenterLeavesThePresenter() throws Exception {
        for (String body : new String[] {"""
                {"title": "Ny titel", "presenterId": ""}""", """
                {"title": "Ny titel", "presenterId": null, "clearPresenter": false}"""}) {
            clearInvocations(commandGateway);
            postJson("/agenda-items/" + ITEM + "/amend", body).andExpect(status().isOk());

            assertThat(sentCommand()).as(body).isEqualTo(new AmendAgendaItem(MeetingId.of(MEETING),
                    AgendaItemId.of(ITEM), "Ny titel", null, null, null));
        }
    }

    @Test
    void refusesAPresenterBothNamedAndCleared() throws Exception {
        postJson("/agenda-items/" + ITEM + "/amend", """
                {"presenterId": "%s", "clearPresenter": true}""".formatted(PERSON))
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            var violations = validation.getValidator().validate(
                    new AmendAgendaItemRequest(null, null, null, PERSON, true));
            assertThat(violations).singleElement().satisfies(violation -> {
                assertThat(violation.getPropertyPath()).hasToString("clearPresenter");
                assertThat(violation.getMessage()).contains("ikke begge");
            });
        }
    }

    @Test
    void aPresenterIdMustBeAUuid() throws Exception {
        postJson("/agenda-items/" + ITEM + "/amend", """
                {"presenterId": "Ole"}""")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void refusesAnAmendmentThatBlanksTheTitle() throws Exception {
        postJson("/agenda-items/" + ITEM + "/amend", """
                {"title": "   "}""")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void withdrawsAnItem() throws Exception {
        postJson("/agenda-items/" + ITEM + "/withdraw", """
                {"reason": "Udsat til næste møde"}""")
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new WithdrawAgendaItem(MeetingId.of(MEETING), AgendaItemId.of(ITEM),
                "Udsat til næste møde"));
    }

    @Test
    void declaresAConflictOfInterest() throws Exception {
        postJson("/agenda-items/" + ITEM + "/conflicts", """
                {"personId": "%s", "note": "Bestyrelsesmedlem i AAB"}""".formatted(PERSON))
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new DeclareConflictOfInterest(MeetingId.of(MEETING),
                AgendaItemId.of(ITEM), PersonId.of(PERSON), "Bestyrelsesmedlem i AAB"));
    }

    @Test
    void recordsNotes() throws Exception {
        postJson("/agenda-items/" + ITEM + "/notes", """
                {"text": "Styregruppen drøftede handleplanen."}""")
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new RecordItemNotes(MeetingId.of(MEETING), AgendaItemId.of(ITEM),
                "Styregruppen drøftede handleplanen."));
    }

    @Test
    void refusesEmptyNotes() throws Exception {
        postJson("/agenda-items/" + ITEM + "/notes", """
                {"text": ""}""")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void recordsADecisionAndAnswersCreatedWithTheDecisionsId() throws Exception {
        ResultActions answer = postJson("/agenda-items/" + ITEM + "/decisions", """
                {"text": "Handleplanen godkendes.", "outcome": "ADOPTED",
                 "recommendation": "Sekretariatet indstiller til godkendelse.",
                 "votesFor": 5, "votesAgainst": 1, "abstentions": 0}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(42));

        RecordDecision command = (RecordDecision) sentCommand();
        answer.andExpect(jsonPath("$.id").value(command.decisionId().toString()));
        assertThat(command).isEqualTo(new RecordDecision(MeetingId.of(MEETING), AgendaItemId.of(ITEM),
                command.decisionId(), "Handleplanen godkendes.", DecisionOutcome.ADOPTED,
                "Sekretariatet indstiller til godkendelse.", 5, 1, 0));
    }

    @Test
    void refusesADecisionWithoutOutcomeOrWithNegativeVotes() throws Exception {
        postJson("/agenda-items/" + ITEM + "/decisions", """
                {"text": "Handleplanen godkendes."}""")
                .andExpect(status().isBadRequest());
        postJson("/agenda-items/" + ITEM + "/decisions", """
                {"text": "Handleplanen godkendes.", "outcome": "ADOPTED", "votesAgainst": -1}""")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void recordsAMembersRemark() throws Exception {
        UUID decision = UUID.randomUUID();
        postJson("/decisions/" + decision + "/remarks", """
                {"personId": "%s", "text": "AAB tager forbehold."}""".formatted(PERSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(MEETING.toString()));

        assertThat(sentCommand()).isEqualTo(new RecordRemark(MeetingId.of(MEETING), DecisionId.of(decision),
                PersonId.of(PERSON), "AAB tager forbehold."));
    }

    @Test
    void agreesAnActionAndAnswersCreatedWithTheActionsId() throws Exception {
        UUID decision = UUID.randomUUID();
        ResultActions answer = postJson("/agenda-items/" + ITEM + "/actions", """
                {"description": "Udsend handleplanen", "ownerId": "%s", "dueDate": "2026-05-01",
                 "decisionId": "%s"}""".formatted(PERSON, decision))
                .andExpect(status().isCreated());

        AgreeAction command = (AgreeAction) sentCommand();
        answer.andExpect(jsonPath("$.id").value(command.actionId().toString()));
        verify(eventPositions).headOf(command.actionId().toString()); // the ActionItem opened in the same transaction
        assertThat(command).isEqualTo(new AgreeAction(MeetingId.of(MEETING), AgendaItemId.of(ITEM),
                command.actionId(), "Udsend handleplanen", PersonId.of(PERSON), LocalDate.of(2026, 5, 1),
                DecisionId.of(decision)));
    }

    @Test
    void refusesAnActionWithoutOwnerOrDueDate() throws Exception {
        postJson("/agenda-items/" + ITEM + "/actions", """
                {"description": "Udsend handleplanen"}""")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void refersTheCaseAndAnswersCreatedWithTheReferralsId() throws Exception {
        UUID fku = UUID.randomUUID();
        ResultActions answer = postJson("/agenda-items/" + ITEM + "/referrals", """
                {"targetBodyId": "%s", "note": "FKU udarbejder budget."}""".formatted(fku))
                .andExpect(status().isCreated());

        ReferCase command = (ReferCase) sentCommand();
        answer.andExpect(jsonPath("$.id").value(command.referralId().toString()));
        assertThat(command).isEqualTo(new ReferCase(MeetingId.of(MEETING), AgendaItemId.of(ITEM),
                command.referralId(), BodyId.of(fku), "FKU udarbejder budget."));
    }

    @Test
    void onlyTheBodysSecretaryOrAnAdministratorRecordsTheMinutes() throws Exception {
        accessPolicy.refuseEveryone();

        postJson("/agenda-items/" + ITEM + "/notes", """
                {"text": "Tekst"}""")
                .andExpect(status().isForbidden());
        postJson("/agenda-items", """
                {"title": "Punkt", "kind": "INFORMATION"}""")
                .andExpect(status().isForbidden());

        verify(commandGateway, never()).sendAndWait(any());
    }
}
