package dk.protokol.web.secretary;

import dk.protokol.events.command.meeting.AddAgendaItem;
import dk.protokol.events.command.meeting.AmendAgendaItem.PresenterChange;
import dk.protokol.events.command.meeting.AmendAgendaItem;
import dk.protokol.events.command.meeting.ReorderAgenda;
import dk.protokol.events.command.meeting.WithdrawAgendaItem;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.web.common.Submission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.List;
import java.util.UUID;

/** The meeting page's agenda: add an item, amend or withdraw one, change the order. */
@Controller
@Import(SecretaryPages.class)
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class AgendaController {

    private final SecretaryForms forms;

    AgendaController(SecretaryForms forms) {
        this.forms = forms;
    }

    /** An item as added or amended; no presenter chosen: none (add), or as it is when the select was not posted (amend). */
    static class ItemForm {
        String title;
        AgendaItemKind kind;
        String description;
        UUID presenterId;
    }

    static class WithdrawForm {
        String reason;
    }

    /** The whole new order, as the ids of the items (comma separated). */
    static class OrderForm {
        List<UUID> order;
    }

    @PostMapping("/sekretaer/moeder/{id}/punkter")
    String addItem(@PathVariable UUID id, @Valid @ModelAttribute ItemForm item, BindingResult binding,
                   Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        Submission form = forms.of("add-item", item, binding, request);
        return forms.save(id, form, authentication, response, model, meeting -> new AddAgendaItem(meeting,
                AgendaItemId.random(), item.title, item.kind, item.description, PersonId.ofNullable(item.presenterId)));
    }

    /**
     * Title, kind and description as typed; a blank description removes it (AmendAgendaItem). The presenter as
     * chosen, the empty choice for none; a post without the select (an older page) leaves the presenter as it is.
     * The meeting records a presenter change only when the choice differs from the current presenter.
     */
    @PostMapping("/sekretaer/moeder/{id}/punkter/{itemId}/ret")
    String amendItem(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @ModelAttribute ItemForm item,
                     BindingResult binding, Authentication authentication, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        Submission form = forms.of("amend-" + itemId, item, binding, request);
        PresenterChange presenter = request.getParameter("presenterId") == null ? null
                : item.presenterId == null ? PresenterChange.none() : PresenterChange.to(PersonId.of(item.presenterId));
        // the page always shows title and description: left empty, the title is refused as the API refuses a blank
        // one, and the description is removed
        String title = item.title == null ? "" : item.title;
        String description = item.description == null ? "" : item.description;
        return forms.save(id, form, authentication, response, model, meeting -> new AmendAgendaItem(meeting,
                AgendaItemId.of(itemId), title, item.kind, description, presenter));
    }

    @PostMapping("/sekretaer/moeder/{id}/punkter/{itemId}/tag-af")
    String withdrawItem(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @ModelAttribute WithdrawForm withdrawal,
                        BindingResult binding, Authentication authentication, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        Submission form = forms.of("withdraw-" + itemId, withdrawal, binding, request);
        return forms.save(id, form, authentication, response, model,
                meeting -> new WithdrawAgendaItem(meeting, AgendaItemId.of(itemId), withdrawal.reason));
    }

    @PostMapping("/sekretaer/moeder/{id}/raekkefoelge")
    String reorder(@PathVariable UUID id, @Valid @ModelAttribute OrderForm order, BindingResult binding,
                   Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        Submission form = forms.of("reorder-agenda", order, binding, request);
        return forms.save(id, form, authentication, response, model, meeting -> new ReorderAgenda(meeting,
                order.order == null ? null : order.order.stream().map(AgendaItemId::ofNullable).toList()));
    }
}
