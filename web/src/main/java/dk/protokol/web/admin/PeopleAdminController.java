package dk.protokol.web.admin;

import dk.protokol.events.caller.Accounts;
import dk.protokol.events.command.person.ChangePersonDetails;
import dk.protokol.events.command.person.ErasePerson;
import dk.protokol.events.command.person.ChooseLanguage;
import dk.protokol.events.command.person.MarkPersonAsOfficial;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.query.organisation.FindPerson;
import dk.protokol.query.organisation.PersonDetail;
import dk.protokol.web.common.PageForms;
import dk.protokol.web.common.Queries;
import dk.protokol.web.common.Submission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;
import java.util.UUID;

/**
 * The administrator's pages of the people: everyone registered, with a form to register a person, and a person's page
 * with their details (changed as a whole, as {@code ChangePersonDetails} replaces them) and their seats in the bodies
 * today, and the accounts that act as them. Personal data: only those who may change the organisation (ADMIN) reach them.
 */
@Controller
@Import({PageForms.class, AdminPages.class})
@PreAuthorize("@accessPolicy.canChangeOrganisation(authentication)")
class PeopleAdminController {

    static final String PEOPLE = OrganisationAdminController.HOME + "/personer";

    private final Queries queries;
    private final PageForms forms;
    private final AdminPages pages;
    private final ObjectProvider<Accounts> accounts;

    /** Without the accounts (page tests of other pages) a person's page shows none. */
    PeopleAdminController(Queries queries, PageForms forms, AdminPages pages, ObjectProvider<Accounts> accounts) {
        this.queries = queries;
        this.forms = forms;
        this.pages = pages;
        this.accounts = accounts;
    }

    /** A person's details, to register or to change; a field left empty is no value (the name is required). */
    static class PersonForm {
        String name;
        String email;
        String phone;
        String organisation;
    }

    /** Why a person's data is erased. */
    static class ErasureForm {
        String reason;
    }

    /** The office an official acts in. */
    static class OfficialForm {
        String office;
    }

    /** The language of the person's mail: da or en. */
    static class LanguageForm {
        String language;
    }

    @GetMapping(PEOPLE)
    String people(@RequestParam(required = false) Long minPosition, Model model) {
        boolean current = pages.current(minPosition);
        Submission.none(model);
        return peoplePage(model, current);
    }

    private String peoplePage(Model model, boolean current) {
        model.addAttribute("section", "organisation");
        model.addAttribute("people", pages.people());
        model.addAttribute("current", current);
        return "admin/people";
    }

    @PostMapping(PEOPLE)
    String register(@ModelAttribute("personForm") PersonForm typed, BindingResult binding,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission form = forms.of("register-person", typed, binding, request);
        PersonId id = PersonId.random();
        Optional<Long> position = forms.send(form, () -> new RegisterPerson(id, typed.name, typed.email, typed.phone,
                typed.organisation), id);
        if (position.isPresent()) {
            return "redirect:" + PEOPLE + "/" + id + "?minPosition=" + position.get() + "&saved=register-person";
        }
        form.showOn(model, response);
        return peoplePage(model, true);
    }

    @GetMapping(PEOPLE + "/{id}")
    String person(@PathVariable UUID id, @RequestParam(required = false) Long minPosition,
                  @RequestParam(required = false) String saved, Model model) {
        boolean current = pages.current(minPosition);
        Submission.none(model);
        return personPage(id, model, saved, current);
    }

    private String personPage(UUID id, Model model, String saved, boolean current) {
        PersonDetail person = queries.one(new FindPerson(PersonId.of(id), pages.today(), null), PersonDetail.class);
        model.addAttribute("section", "organisation");
        model.addAttribute("person", person);
        Accounts known = accounts.getIfAvailable();
        model.addAttribute("accounts", known == null ? null : known.all().stream()
                .filter(account -> person.id().equals(account.personId())).toList());
        model.addAttribute("saved", saved == null ? "" : saved);
        model.addAttribute("current", current);
        return "admin/person";
    }

    @PostMapping(PEOPLE + "/{id}/oplysninger")
    String changeDetails(@PathVariable UUID id, @ModelAttribute("personForm") PersonForm typed, BindingResult binding,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission form = forms.of("details", typed, binding, request);
        PersonId personId = PersonId.of(id);
        Optional<Long> position = forms.send(form, () -> new ChangePersonDetails(personId, typed.name, typed.email,
                typed.phone, typed.organisation), personId);
        if (position.isPresent()) {
            return "redirect:" + PEOPLE + "/" + id + "?minPosition=" + position.get() + "&saved=details";
        }
        form.showOn(model, response);
        return personPage(id, model, null, true);
    }

    /** Erases the person's personal data (crypto-shredding); an official is refused beside the reason. */
    @PostMapping(PEOPLE + "/{id}/sletning")
    String erase(@PathVariable UUID id, @ModelAttribute("erasureForm") ErasureForm typed, BindingResult binding,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission form = forms.of("erasure", typed, binding, request);
        PersonId personId = PersonId.of(id);
        Optional<Long> position = forms.send(form, () -> new ErasePerson(personId, typed.reason), personId);
        if (position.isPresent()) {
            return "redirect:" + PEOPLE + "/" + id + "?minPosition=" + position.get() + "&saved=erasure";
        }
        form.showOn(model, response);
        return personPage(id, model, null, true);
    }

    /** Marks the person as acting in an office: kept, not erased. */
    @PostMapping(PEOPLE + "/{id}/embede")
    String markAsOfficial(@PathVariable UUID id, @ModelAttribute("officialForm") OfficialForm typed,
                          BindingResult binding, HttpServletRequest request, HttpServletResponse response,
                          Model model) {
        Submission form = forms.of("official", typed, binding, request);
        PersonId personId = PersonId.of(id);
        Optional<Long> position = forms.send(form, () -> new MarkPersonAsOfficial(personId, typed.office),
                personId);
        if (position.isPresent()) {
            return "redirect:" + PEOPLE + "/" + id + "?minPosition=" + position.get() + "&saved=official";
        }
        form.showOn(model, response);
        return personPage(id, model, null, true);
    }

    /** Chooses the language of the person's mail (issue 14): da or en, refused as the API refuses it. */
    @PostMapping(PEOPLE + "/{id}/sprog")
    String chooseLanguage(@PathVariable UUID id, @ModelAttribute("languageForm") LanguageForm typed,
                          BindingResult binding, HttpServletRequest request, HttpServletResponse response,
                          Model model) {
        Submission form = forms.of("language", typed, binding, request);
        PersonId personId = PersonId.of(id);
        Optional<Long> position = forms.send(form, () -> new ChooseLanguage(personId, typed.language), personId);
        if (position.isPresent()) {
            return "redirect:" + PEOPLE + "/" + id + "?minPosition=" + position.get() + "&saved=language";
        }
        form.showOn(model, response);
        return personPage(id, model, null, true);
    }
}
