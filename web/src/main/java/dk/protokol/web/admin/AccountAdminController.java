package dk.protokol.web.admin;

import dk.protokol.events.caller.Account;
import dk.protokol.events.caller.Accounts;
import dk.protokol.events.caller.ChangeAccountPassword;
import dk.protokol.events.caller.DisableAccount;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.caller.LinkAccountToPerson;
import dk.protokol.events.caller.OpenAccount;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.organisation.PersonView;
import dk.protokol.web.common.PageForms;
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
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The administrator's pages of the local accounts: the accounts with a form to open one (for a person, with global
 * roles), and an account's page with a new password, the person it acts as and disabling it. Everything goes through
 * the published language's {@link Accounts} (infra's account service, the API's own), so a page refuses what the API
 * refuses, with the same message beside the field. A password is never shown again, not even after a refusal. Only
 * those who manage accounts (ADMIN) reach them.
 */
@Controller
@Import({PageForms.class, AdminPages.class})
@PreAuthorize("@accessPolicy.canManageAccounts(authentication)")
class AccountAdminController {

    static final String ACCOUNTS = OrganisationAdminController.HOME + "/konti";

    private final PageForms forms;
    private final AdminPages pages;
    private final ObjectProvider<Accounts> accounts;

    /** The accounts are looked up when a page is drawn: page tests of other pages start without them. */
    AccountAdminController(PageForms forms, AdminPages pages, ObjectProvider<Accounts> accounts) {
        this.forms = forms;
        this.pages = pages;
        this.accounts = accounts;
    }

    static class OpenAccountForm {
        String username;
        String password;
        UUID personId;
        Set<GlobalRole> roles;
    }

    static class PasswordForm {
        String password;
    }

    static class PersonForm {
        UUID personId;
    }

    static class DisableForm {
    }

    @GetMapping(ACCOUNTS)
    String accounts(@RequestParam(required = false) UUID personId, Model model) {
        Submission.none(model);
        return accountsPage(model, personId == null ? "" : personId.toString(), Set.of());
    }

    private String accountsPage(Model model, String chosenPerson, Set<GlobalRole> chosenRoles) {
        List<PersonView> people = pages.people();
        model.addAttribute("section", "organisation");
        model.addAttribute("accounts", accounts.getObject().all());
        model.addAttribute("people", people);
        model.addAttribute("names", names(people));
        model.addAttribute("globalRoles", GlobalRole.values());
        model.addAttribute("chosenPerson", chosenPerson);
        model.addAttribute("chosenRoles", chosenRoles.stream().map(Enum::name).collect(Collectors.toSet()));
        return "admin/accounts";
    }

    @PostMapping(ACCOUNTS)
    String open(@ModelAttribute("openAccountForm") OpenAccountForm typed, BindingResult binding,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission form = forms.of("open-account", typed, binding, request);
        if (forms.apply(form, accounts.getObject(), () -> new OpenAccount(typed.username, typed.password,
                PersonId.ofNullable(typed.personId), roles(typed.roles)))) {
            return "redirect:" + ACCOUNTS + "/" + path(typed.username) + "?saved=open-account";
        }
        form.showOn(model, response);
        return accountsPage(model, typed.personId == null ? "" : typed.personId.toString(), roles(typed.roles));
    }

    @GetMapping(ACCOUNTS + "/{username}")
    String account(@PathVariable String username, @RequestParam(required = false) String saved, Model model) {
        Submission.none(model);
        return accountPage(username, model, saved);
    }

    private String accountPage(String username, Model model, String saved) {
        Account account = accounts.getObject().find(username)
                .orElseThrow(() -> new NotFound("Der findes ingen konto med brugernavnet '" + username + "'."));
        List<PersonView> people = pages.people();
        model.addAttribute("section", "organisation");
        model.addAttribute("account", account);
        model.addAttribute("people", people);
        model.addAttribute("names", names(people));
        model.addAttribute("saved", saved == null ? "" : saved);
        return "admin/account";
    }

    @PostMapping(ACCOUNTS + "/{username}/adgangskode")
    String password(@PathVariable String username, @ModelAttribute("passwordForm") PasswordForm typed,
                    BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(username, forms.of("password", typed, binding, request), response, model,
                () -> new ChangeAccountPassword(username, typed.password));
    }

    @PostMapping(ACCOUNTS + "/{username}/person")
    String link(@PathVariable String username, @ModelAttribute("personForm") PersonForm typed, BindingResult binding,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(username, forms.of("link-person", typed, binding, request), response, model,
                () -> new LinkAccountToPerson(username, PersonId.ofNullable(typed.personId)));
    }

    @PostMapping(ACCOUNTS + "/{username}/spaerring")
    String disable(@PathVariable String username, @ModelAttribute("disableForm") DisableForm typed,
                   BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(username, forms.of("disable", typed, binding, request), response, model,
                () -> new DisableAccount(username));
    }

    private String save(String username, Submission form, HttpServletResponse response, Model model,
                        Supplier<? extends dk.protokol.events.caller.AccountCommand> command) {
        if (forms.apply(form, accounts.getObject(), command)) {
            return "redirect:" + ACCOUNTS + "/" + path(username) + "?saved=" + form.formId();
        }
        form.showOn(model, response);
        return accountPage(username, model, null);
    }

    private static Set<GlobalRole> roles(Set<GlobalRole> typed) {
        return typed == null || typed.isEmpty() ? Set.of() : EnumSet.copyOf(typed);
    }

    private static Map<PersonId, String> names(List<PersonView> people) {
        return people.stream().filter(person -> person.name() != null)
                .collect(Collectors.toMap(PersonView::id, PersonView::name, (first, second) -> first));
    }

    private static String path(String username) {
        return UriUtils.encodePathSegment(username == null ? "" : username, StandardCharsets.UTF_8);
    }
}
