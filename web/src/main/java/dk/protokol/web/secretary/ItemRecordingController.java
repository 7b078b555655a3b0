package dk.protokol.web.secretary;

import dk.protokol.events.command.meeting.AgreeAction;
import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.command.meeting.RecordItemNotes;
import dk.protokol.events.command.meeting.ReferCase;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.command.meeting.AddAttachment;
import dk.protokol.events.command.meeting.AttachmentFile;
import org.springframework.web.multipart.MultipartFile;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** A bilag: the file (typed by its content when the command is made) and whether it may be shown publicly. */
    static class AttachmentForm {
        MultipartFile file;
        boolean visibleToPublic;
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

    /**
     * A bilag on the item (multipart, the CSRF token among the fields). The file is checked by content when the
     * command is made ({@link AttachmentFile#of}), so the page refuses what the API refuses, with the same message
     * beside the field; a file over the size limit is refused by the multipart limits before this runs.
     */
    @PostMapping(value = "/sekretaer/moeder/{id}/punkter/{itemId}/bilag", consumes = "multipart/form-data")
    String attachment(@PathVariable UUID id, @PathVariable UUID itemId,
                      @ModelAttribute AttachmentForm attachment, BindingResult binding,
                      Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                      Model model) {
        Submission form = forms.of("attachment-" + itemId, attachment, binding, request);
        // a form sent without a file chosen has an empty part without a name: no file
        MultipartFile file = attachment.file;
        if (file != null && file.isEmpty()
                && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            file = null;
        }
        MultipartFile chosen = file;
        return forms.save(id, form, authentication, response, model, meeting -> new AddAttachment(meeting,
                AgendaItemId.of(itemId), AttachmentId.random(), null,
                AttachmentFile.of(chosen == null ? null : chosen.getOriginalFilename(), bytes(chosen)),
                attachment.visibleToPublic));
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
