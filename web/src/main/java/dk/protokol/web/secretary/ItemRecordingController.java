package dk.protokol.web.secretary;

import dk.protokol.events.command.meeting.AgreeAction;
import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.command.meeting.RecordItemNotes;
import dk.protokol.events.command.meeting.ReferCase;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.web.common.Submission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.LocalDate;
import java.util.UUID;

/** What is recorded under an agenda item: its notes, a decision, an action agreed, a referral to another body. */
@Controller
@Import(SecretaryPages.class)
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class ItemRecordingController {

    private final SecretaryForms forms;

    ItemRecordingController(SecretaryForms forms) {
        this.forms = forms;
    }

    static class NotesForm {
        String text;
    }

    static class DecisionForm {
        String text;
        DecisionOutcome outcome;
        String recommendation;
        Integer votesFor;
        Integer votesAgainst;
        Integer abstentions;
    }

    static class ActionForm {
        String description;
        UUID ownerId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dueDate;
    }

    static class ReferralForm {
        UUID targetBodyId;
        String note;
    }

    @PostMapping("/sekretaer/moeder/{id}/punkter/{itemId}/referat")
    String notes(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @ModelAttribute NotesForm notes,
                 BindingResult binding, Authentication authentication, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        Submission form = forms.of("notes-" + itemId, notes, binding, request);
        return forms.save(id, form, authentication, response, model,
                meeting -> new RecordItemNotes(meeting, AgendaItemId.of(itemId), notes.text));
    }

    @PostMapping("/sekretaer/moeder/{id}/punkter/{itemId}/beslutninger")
    String decision(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @ModelAttribute DecisionForm decision,
                    BindingResult binding, Authentication authentication, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        Submission form = forms.of("decision-" + itemId, decision, binding, request);
        return forms.save(id, form, authentication, response, model, meeting -> new RecordDecision(meeting,
                AgendaItemId.of(itemId), DecisionId.random(), decision.text, decision.outcome, decision.recommendation,
                decision.votesFor, decision.votesAgainst, decision.abstentions));
    }

    @PostMapping("/sekretaer/moeder/{id}/punkter/{itemId}/handlinger")
    String action(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @ModelAttribute ActionForm action,
                  BindingResult binding, Authentication authentication, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Submission form = forms.of("action-" + itemId, action, binding, request);
        return forms.save(id, form, authentication, response, model, meeting -> new AgreeAction(meeting,
                AgendaItemId.of(itemId), ActionId.random(), action.description, PersonId.ofNullable(action.ownerId),
                action.dueDate, null));
    }

    @PostMapping("/sekretaer/moeder/{id}/punkter/{itemId}/henvisninger")
    String referral(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @ModelAttribute ReferralForm referral,
                    BindingResult binding, Authentication authentication, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        Submission form = forms.of("referral-" + itemId, referral, binding, request);
        return forms.save(id, form, authentication, response, model, meeting -> new ReferCase(meeting,
                AgendaItemId.of(itemId), ReferralId.random(), BodyId.ofNullable(referral.targetBodyId), referral.note));
    }
}
