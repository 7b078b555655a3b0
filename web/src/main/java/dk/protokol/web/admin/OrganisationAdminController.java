package dk.protokol.web.admin;

import dk.protokol.events.command.body.AppointMember;
import dk.protokol.events.command.body.ChangeBodyCadence;
import dk.protokol.events.command.body.ChangeBodyMandate;
import dk.protokol.events.command.body.ChangeBodyQuorum;
import dk.protokol.events.command.body.ChangeMemberRole;
import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.command.body.DissolveBody;
import dk.protokol.events.command.body.EndBodyRelation;
import dk.protokol.events.command.body.EndMembership;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.events.command.body.NameSuccessorBody;
import dk.protokol.events.command.body.OpenApprovedMinutes;
import dk.protokol.events.command.body.PublishMinutes;
import dk.protokol.events.command.body.SetObjectionPeriod;
import dk.protokol.events.query.minutes.FindMinutesSettings;
import dk.protokol.query.minutes.MinutesSettings;
import dk.protokol.events.command.body.RenameBody;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.query.minutes.FindApprovedMinutesOpen;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.query.organisation.BodyDetail;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.web.common.PageForms;
import dk.protokol.web.common.Queries;
import dk.protokol.web.common.Submission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Import;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The administrator's organisation pages: the bodies with a form to establish one, and a body's page with its name,
 * mandate, cadence, quorum, who reads its approved minutes, relations, members (appointed from the people
 * registered), dissolution and successor,
 * each changed by its own form; the people have their own pages ({@link PeopleAdminController}). Every form makes
 * the command the API makes, so the page refuses what the API refuses, with the same message beside the field. Only those who may change the organisation (ADMIN) reach them.
 */
@Controller
@Import({PageForms.class, AdminPages.class})
@PreAuthorize("@accessPolicy.canChangeOrganisation(authentication)")
class OrganisationAdminController {

    static final String HOME = "/organisation/admin";

    private final Queries queries;
    private final PageForms forms;
    private final AdminPages pages;

    OrganisationAdminController(Queries queries, PageForms forms, AdminPages pages) {
        this.queries = queries;
        this.forms = forms;
        this.pages = pages;
    }

    static class EstablishForm {
        String name;
        BodyKind kind;
        String organisation;
        UUID parentId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate establishedOn;
        String mandate;
        Integer meetingsPerYear;
        Integer quorum;
    }

    static class RenameForm {
        String name;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate on;
    }

    static class MandateForm {
        String mandate;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate on;
    }

    static class CadenceForm {
        Integer meetingsPerYear;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate on;
    }

    static class QuorumForm {
        Integer quorum;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate on;
    }

    static class DissolveForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate on;
        String reason;
    }

    static class SuccessorForm {
        UUID successorId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate on;
    }

    static class RelationForm {
        UUID targetBodyId;
        RelationKind relation;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate on;
    }

    static class RoleForm {
        MemberRole role;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from;
    }

    static class AppointForm {
        UUID personId;
        MemberRole role;
        String representing;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from;
    }

    /** The body setting: approved minutes open to every signed-in user (true) or to the body's readers (false). */
    static class ApprovedMinutesForm {
        Boolean open;
    }

    static class ObjectionPeriodForm {
        Integer objectionDays;
        Boolean tacitApproval;
    }

    static class PublicationForm {
        Boolean publish;
    }

    static class EndMembershipForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to;
        String reason;
    }

    @GetMapping(HOME)
    String bodies(@RequestParam(required = false) Long minPosition, @RequestParam(required = false) String saved,
                  Model model) {
        boolean current = pages.current(minPosition);
        Submission.none(model);
        return index(model, saved, current);
    }

    private String index(Model model, String saved, boolean current) {
        model.addAttribute("section", "organisation");
        model.addAttribute("bodies", allBodies());
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("saved", saved == null ? "" : saved);
        model.addAttribute("current", current);
        return "admin/organisation";
    }

    @PostMapping(HOME + "/organer")
    String establish(@ModelAttribute("establishForm") EstablishForm typed, BindingResult binding,
                     HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission form = forms.of("establish", typed, binding, request);
        BodyId id = BodyId.random();
        Optional<Long> position = forms.send(form, () -> new EstablishBody(id, typed.name, typed.kind,
                typed.organisation, BodyId.ofNullable(typed.parentId), typed.mandate, typed.meetingsPerYear,
                typed.quorum, typed.establishedOn == null ? pages.today() : typed.establishedOn), id);
        if (position.isPresent()) {
            return "redirect:" + HOME + "/organer/" + id + "?minPosition=" + position.get() + "&saved=establish";
        }
        form.showOn(model, response);
        return index(model, null, true);
    }

    @GetMapping(HOME + "/organer/{id}")
    String body(@PathVariable UUID id, @RequestParam(required = false) Long minPosition,
                @RequestParam(required = false) String saved, Model model) {
        boolean current = pages.current(minPosition);
        Submission.none(model);
        return bodyPage(id, model, saved, current);
    }

    private String bodyPage(UUID id, Model model, String saved, boolean current) {
        LocalDate today = pages.today();
        BodyDetail body = queries.one(new FindBody(BodyId.of(id), today, null), BodyDetail.class);
        model.addAttribute("section", "organisation");
        model.addAttribute("body", body);
        model.addAttribute("today", today);
        model.addAttribute("others", allBodies().stream().filter(other -> !other.id().value().equals(id)).toList());
        model.addAttribute("relationKinds", RelationKind.values());
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("people", pages.people());
        model.addAttribute("approvedMinutesOpen",
                Boolean.TRUE.equals(queries.one(new FindApprovedMinutesOpen(BodyId.of(id)), Boolean.class)));
        model.addAttribute("minutesSettings",
                queries.one(new FindMinutesSettings(BodyId.of(id)), MinutesSettings.Settings.class));
        model.addAttribute("saved", saved == null ? "" : saved);
        model.addAttribute("current", current);
        return "admin/body";
    }

    @PostMapping(HOME + "/organer/{id}/navn")
    String rename(@PathVariable UUID id, @ModelAttribute("renameForm") RenameForm typed, BindingResult binding,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(id, forms.of("rename", typed, binding, request), response, model,
                () -> new RenameBody(BodyId.of(id), typed.name, typed.on));
    }

    @PostMapping(HOME + "/organer/{id}/kommissorium")
    String mandate(@PathVariable UUID id, @ModelAttribute("mandateForm") MandateForm typed, BindingResult binding,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(id, forms.of("mandate", typed, binding, request), response, model,
                () -> new ChangeBodyMandate(BodyId.of(id), typed.mandate, typed.on));
    }

    @PostMapping(HOME + "/organer/{id}/moedehyppighed")
    String cadence(@PathVariable UUID id, @ModelAttribute("cadenceForm") CadenceForm typed, BindingResult binding,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(id, forms.of("cadence", typed, binding, request), response, model,
                () -> new ChangeBodyCadence(BodyId.of(id), typed.meetingsPerYear, typed.on));
    }

    @PostMapping(HOME + "/organer/{id}/beslutningsdygtighed")
    String quorum(@PathVariable UUID id, @ModelAttribute("quorumForm") QuorumForm typed, BindingResult binding,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(id, forms.of("quorum", typed, binding, request), response, model,
                () -> new ChangeBodyQuorum(BodyId.of(id), typed.quorum, typed.on));
    }

    @PostMapping(HOME + "/organer/{id}/nedlaeggelse")
    String dissolve(@PathVariable UUID id, @ModelAttribute("dissolveForm") DissolveForm typed, BindingResult binding,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(id, forms.of("dissolve", typed, binding, request), response, model,
                () -> new DissolveBody(BodyId.of(id), typed.on, typed.reason));
    }

    @PostMapping(HOME + "/organer/{id}/efterfoelger")
    String successor(@PathVariable UUID id, @ModelAttribute("successorForm") SuccessorForm typed,
                     BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(id, forms.of("successor", typed, binding, request), response, model,
                () -> new NameSuccessorBody(BodyId.of(id), BodyId.ofNullable(typed.successorId), typed.on));
    }

    @PostMapping(HOME + "/organer/{id}/godkendte-referater")
    String approvedMinutes(@PathVariable UUID id, @ModelAttribute("approvedMinutesForm") ApprovedMinutesForm typed,
                           BindingResult binding, HttpServletRequest request, HttpServletResponse response,
                           Model model) {
        return save(id, forms.of("approved-minutes", typed, binding, request), response, model,
                () -> new OpenApprovedMinutes(BodyId.of(id), typed.open));
    }

    @PostMapping(HOME + "/organer/{id}/indsigelsesfrist")
    String objectionPeriod(@PathVariable UUID id, @ModelAttribute("objectionPeriodForm") ObjectionPeriodForm typed,
                           BindingResult binding, HttpServletRequest request, HttpServletResponse response,
                           Model model) {
        return save(id, forms.of("objection-period", typed, binding, request), response, model,
                () -> new SetObjectionPeriod(BodyId.of(id), typed.objectionDays, typed.tacitApproval));
    }

    @PostMapping(HOME + "/organer/{id}/offentliggoerelse")
    String publication(@PathVariable UUID id, @ModelAttribute("publicationForm") PublicationForm typed,
                       BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(id, forms.of("publication", typed, binding, request), response, model,
                () -> new PublishMinutes(BodyId.of(id), typed.publish));
    }

    @PostMapping(HOME + "/organer/{id}/relationer")
    String declareRelation(@PathVariable UUID id, @ModelAttribute("relationForm") RelationForm typed,
                           BindingResult binding, HttpServletRequest request, HttpServletResponse response,
                           Model model) {
        return save(id, forms.of("declare-relation", typed, binding, request), response, model,
                () -> new DeclareBodyRelation(BodyId.of(id), BodyId.ofNullable(typed.targetBodyId), typed.relation));
    }

    @PostMapping(HOME + "/organer/{id}/relationer/ophoer")
    String endRelation(@PathVariable UUID id, @ModelAttribute("relationForm") RelationForm typed,
                       BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model) {
        String formId = "end-relation-" + typed.relation + "-" + typed.targetBodyId;
        return save(id, forms.of(formId, typed, binding, request), response, model,
                () -> new EndBodyRelation(BodyId.of(id), BodyId.ofNullable(typed.targetBodyId), typed.relation,
                        typed.on));
    }

    @PostMapping(HOME + "/organer/{id}/medlemmer")
    String appoint(@PathVariable UUID id, @ModelAttribute("appointForm") AppointForm typed, BindingResult binding,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(id, forms.of("appoint", typed, binding, request), response, model,
                () -> new AppointMember(BodyId.of(id), PersonId.ofNullable(typed.personId), typed.role,
                        typed.representing, typed.from));
    }

    @PostMapping(HOME + "/organer/{id}/medlemmer/{personId}/rolle")
    String changeRole(@PathVariable UUID id, @PathVariable UUID personId, @ModelAttribute("roleForm") RoleForm typed,
                      BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(id, forms.of("role-" + personId, typed, binding, request), response, model,
                () -> new ChangeMemberRole(BodyId.of(id), PersonId.of(personId), typed.role, typed.from));
    }

    @PostMapping(HOME + "/organer/{id}/medlemmer/{personId}/ophoer")
    String endMembership(@PathVariable UUID id, @PathVariable UUID personId,
                         @ModelAttribute("endMembershipForm") EndMembershipForm typed, BindingResult binding,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        return save(id, forms.of("end-membership-" + personId, typed, binding, request), response, model,
                () -> new EndMembership(BodyId.of(id), PersonId.of(personId), typed.to, typed.reason));
    }

    private String save(UUID id, Submission form, HttpServletResponse response, Model model,
                        Supplier<Object> command) {
        Optional<Long> position = forms.send(form, command, BodyId.of(id));
        if (position.isPresent()) {
            return "redirect:" + HOME + "/organer/" + id + "?minPosition=" + position.get() + "&saved="
                    + form.formId();
        }
        form.showOn(model, response);
        return bodyPage(id, model, null, true);
    }

    private List<BodySummary> allBodies() {
        return queries.list(new FindBodies(null, pages.today(), null, true), BodySummary.class);
    }
}
