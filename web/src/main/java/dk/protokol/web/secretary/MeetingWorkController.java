package dk.protokol.web.secretary;

import dk.protokol.command.common.CommandSender;
import dk.protokol.events.command.meeting.AddAgendaItem;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import dk.protokol.events.command.meeting.AgreeAction;
import dk.protokol.events.command.meeting.AmendAgendaItem;
import dk.protokol.events.command.meeting.AmendAgendaItem.PresenterChange;
import dk.protokol.events.command.meeting.CirculateMinutes;
import dk.protokol.events.command.meeting.CloseMeeting;
import dk.protokol.events.command.meeting.OpenMeeting;
import dk.protokol.events.command.meeting.PublishAgenda;
import dk.protokol.events.command.meeting.RecordAttendance;
import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.command.meeting.RecordItemNotes;
import dk.protokol.events.command.meeting.ReferCase;
import dk.protokol.events.command.meeting.ReorderAgenda;
import dk.protokol.events.command.meeting.WithdrawAgendaItem;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.minutes.FindMinutes;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MinutesProjection;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyDetail;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.query.organisation.FindBodies;
import dk.protokol.query.organisation.FindBody;
import dk.protokol.query.organisation.FindOrgChart;
import dk.protokol.query.organisation.OrgChart;
import dk.protokol.query.organisation.PersonRef;
import dk.protokol.web.common.Queries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The secretary's working surface for one meeting: the agenda, attendance, the minutes of each item, and the
 * meeting's steps (publish, open, close, circulate). Every form posts, and a saved change redirects to the page
 * with {@code minPosition}, so the page waits for the read side to show it (Post/Redirect/Get). A refused save
 * renders the page again with everything typed and the reason beside the field.
 *
 * <p>With htmx (progressive enhancement, see the template) a form posts in the background and swaps only its own
 * block of the page out of the answer, so text typed in other forms stays; the redirect names the saved form
 * ({@code saved}), whose block then says so and takes the focus. Forms that change the agenda's structure (add,
 * withdraw, reorder) and the meeting's steps reload the page: every section depends on the agenda's order.
 */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class MeetingWorkController {

    private final Queries queries;
    private final ObjectProvider<ReadYourWrites> readYourWrites;
    private final SecretaryCommands commands;
    private final SecretaryAccess access;
    private final Forms forms;

    MeetingWorkController(Queries queries, ObjectProvider<ReadYourWrites> readYourWrites,
                          ObjectProvider<CommandSender> sender, BeanFactory beans, MessageSource messages) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.commands = new SecretaryCommands(sender);
        this.access = new SecretaryAccess(beans);
        this.forms = new Forms(messages);
    }

    /** A form id as the page writes it: letters, digits and hyphens (item and person ids included). */
    private static final Pattern FORM_ID = Pattern.compile("[a-z][a-z0-9-]{0,80}");
    /** The id of an item or person at the end of a form id ({@code decision-<uuid>}). */
    private static final Pattern TRAILING_ID = Pattern.compile("-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    static String redirectTo(UUID meetingId, long position) {
        return "redirect:/sekretaer/moeder/" + meetingId + "?minPosition=" + position;
    }

    static String redirectTo(UUID meetingId, long position, String formId) {
        return "redirect:/sekretaer/moeder/" + meetingId + "?minPosition=" + position + "&saved=" + formId;
    }

    @GetMapping("/sekretaer/moeder/{id}")
    String meeting(@PathVariable UUID id, @RequestParam(required = false) Long minPosition,
                   @RequestParam(required = false) String saved, Model model) {
        ReadYourWrites waiting = readYourWrites.getIfAvailable();
        boolean current = minPosition == null || waiting == null || waiting.await(minPosition,
                MinutesProjection.PROCESSING_GROUP, ActionProjection.PROCESSING_GROUP);
        Forms.noFailure(model);
        MinutesView minutes = queries.one(new FindMinutes(MeetingId.of(id), null), MinutesView.class);
        LocalDate day = minutes.start().toLocalDate();
        BodyDetail body = queries.one(new FindBody(minutes.bodyId(), day, null), BodyDetail.class);
        List<BodyDetail.Member> members = body.members().stream()
                .sorted(Comparator.comparing(BodyDetail.Member::name, Comparator.nullsLast(Comparator.<String>naturalOrder())))
                .toList();
        model.addAttribute("stale", !current);
        model.addAttribute("minutes", minutes);
        model.addAttribute("members", members);
        List<PersonRef> people = people(day);
        model.addAttribute("people", people);
        model.addAttribute("others", people.stream()
                .filter(p -> members.stream().noneMatch(member -> member.personId().equals(p.personId()))).toList());
        // a presenter in no body on the day is offered too, where it is the item's presenter (the amend form)
        Set<String> listed = new HashSet<>();
        members.forEach(member -> listed.add(member.personId().toString()));
        people.forEach(person -> listed.add(person.personId().toString()));
        model.addAttribute("listedPeople", listed);
        model.addAttribute("recordedAttendance", attendance(minutes));
        model.addAttribute("attendanceGroups", List.of(
                new AttendanceGroup("present", minutes.present()), new AttendanceGroup("apologies", minutes.apologies()),
                new AttendanceGroup("absent", minutes.absent()), new AttendanceGroup("guests", minutes.guests())));
        model.addAttribute("recordedRange", ranges(minutes));
        model.addAttribute("otherBodies", queries.list(new FindBodies(null, day, null, false), BodySummary.class)
                .stream().filter(b -> !b.id().equals(minutes.bodyId()))
                .sorted(Comparator.comparing(BodySummary::name)).toList());
        List<MinutesView.Item> active = minutes.agenda().stream().filter(item -> !item.withdrawn()).toList();
        model.addAttribute("activeItems", active);
        model.addAttribute("moves", moves(active));
        MeetingStatus status = minutes.status();
        // the Meeting aggregate lets the agenda change until the meeting closes (NoAgendaChangeAfterClose)
        model.addAttribute("agendaOpen", EnumSet.of(MeetingStatus.SCHEDULED, MeetingStatus.AGENDA_PUBLISHED,
                MeetingStatus.OPEN).contains(status));
        model.addAttribute("recording", status == MeetingStatus.OPEN || status == MeetingStatus.CLOSED);
        model.addAttribute("attendanceOpen", EnumSet.of(MeetingStatus.SCHEDULED, MeetingStatus.AGENDA_PUBLISHED,
                MeetingStatus.OPEN, MeetingStatus.CLOSED).contains(status));
        savedForm(saved, model);
        return "secretary/meeting";
    }

    /** Which form was just saved (its block says so and takes the focus) and what the live region announces. */
    private void savedForm(String saved, Model model) {
        if (saved == null || !FORM_ID.matcher(saved).matches() || !"".equals(model.getAttribute("failed"))) {
            model.addAttribute("saved", "");
            model.addAttribute("savedMessage", null);
            return;
        }
        String kind = TRAILING_ID.matcher(saved).replaceFirst("");
        model.addAttribute("saved", saved);
        model.addAttribute("savedMessage", forms.message("secretary.saved." + kind).startsWith("secretary.")
                ? forms.message("secretary.saved") : forms.message("secretary.saved." + kind));
    }

    @PostMapping("/sekretaer/moeder/{id}/punkter")
    String addItem(@PathVariable UUID id, Authentication authentication, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        Submission form = forms.of("add-item", request);
        String title = form.text("title", true);
        AgendaItemKind kind = form.choice("kind", AgendaItemKind.class, EnumSet.allOf(AgendaItemKind.class));
        String description = form.text("description", false);
        UUID presenter = form.id("presenterId", false);
        return send(id, form, authentication, response, model, meeting -> new AddAgendaItem(meeting,
                AgendaItemId.random(), title, kind, description, presenter == null ? null : PersonId.of(presenter)));
    }

    /**
     * Title, kind and description as typed; a blank description removes it (AmendAgendaItem). The presenter as
     * chosen, the empty choice for none; a post without the select (an older page) leaves the presenter as it is.
     * The meeting records a presenter change only when the choice differs from the current presenter.
     */
    @PostMapping("/sekretaer/moeder/{id}/punkter/{itemId}/ret")
    String amendItem(@PathVariable UUID id, @PathVariable UUID itemId, Authentication authentication,
                     HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission form = forms.of("amend-" + itemId, request);
        String title = form.text("title", true);
        AgendaItemKind kind = form.choice("kind", AgendaItemKind.class, EnumSet.allOf(AgendaItemKind.class));
        String description = form.typed().getOrDefault("description", "");
        PresenterChange presenter = null;
        if (form.typed().containsKey("presenterId")) {
            UUID chosen = form.id("presenterId", false);
            presenter = chosen == null ? PresenterChange.none() : PresenterChange.to(PersonId.of(chosen));
        }
        PresenterChange change = presenter;
        return send(id, form, authentication, response, model,
                meeting -> new AmendAgendaItem(meeting, AgendaItemId.of(itemId), title, kind, description, change));
    }

    @PostMapping("/sekretaer/moeder/{id}/punkter/{itemId}/tag-af")
    String withdrawItem(@PathVariable UUID id, @PathVariable UUID itemId, Authentication authentication,
                        HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission form = forms.of("withdraw-" + itemId, request);
        String reason = form.text("reason", true);
        return send(id, form, authentication, response, model,
                meeting -> new WithdrawAgendaItem(meeting, AgendaItemId.of(itemId), reason));
    }

    @PostMapping("/sekretaer/moeder/{id}/raekkefoelge")
    String reorder(@PathVariable UUID id, Authentication authentication, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        Submission form = forms.of("reorder-agenda", request);
        List<AgendaItemId> order = new ArrayList<>();
        String value = form.text("order", true);
        if (value != null) {
            try {
                Arrays.stream(value.split(",")).map(String::strip).map(AgendaItemId::of).forEach(order::add);
            } catch (IllegalArgumentException e) {
                form.reject("order", "secretary.error.choice");
            }
        }
        return send(id, form, authentication, response, model, meeting -> new ReorderAgenda(meeting, order));
    }

    @PostMapping("/sekretaer/moeder/{id}/udsend-dagsorden")
    String publish(@PathVariable UUID id, Authentication authentication, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        return send(id, forms.of("publish-agenda", request), authentication, response, model, PublishAgenda::new);
    }

    @PostMapping("/sekretaer/moeder/{id}/aabn")
    String open(@PathVariable UUID id, Authentication authentication, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        return send(id, forms.of("open-meeting", request), authentication, response, model, OpenMeeting::new);
    }

    @PostMapping("/sekretaer/moeder/{id}/luk")
    String close(@PathVariable UUID id, Authentication authentication, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        return send(id, forms.of("close-meeting", request), authentication, response, model, CloseMeeting::new);
    }

    @PostMapping("/sekretaer/moeder/{id}/udsend-referat")
    String circulate(@PathVariable UUID id, Authentication authentication, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        return send(id, forms.of("circulate-minutes", request), authentication, response, model,
                CirculateMinutes::new);
    }

    /** A member's attendance (their row of the checklist), or a guest or substitute ({@code attendance-other}). */
    @PostMapping("/sekretaer/moeder/{id}/fremmoede")
    String attendance(@PathVariable UUID id, @RequestParam(defaultValue = "") String form,
                      Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                      Model model) {
        boolean other = form.equals("attendance-other");
        Submission submission = forms.of(other ? "attendance-other" : "attendance-" + request.getParameter("personId"),
                request);
        UUID person = submission.id("personId", true);
        AttendanceStatus status;
        UUID substituteFor = null;
        if (other) {
            substituteFor = submission.id("substituteFor", false);
            status = substituteFor == null ? AttendanceStatus.GUEST : AttendanceStatus.PRESENT;
        } else {
            status = submission.choice("status", AttendanceStatus.class,
                    EnumSet.of(AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT));
        }
        String note = submission.text("note", false);
        UUID fromItem = submission.id("fromItemId", false);
        UUID toItem = submission.id("toItemId", false);
        PersonId substitute = substituteFor == null ? null : PersonId.of(substituteFor);
        return send(id, submission, authentication, response, model, meeting -> new RecordAttendance(meeting,
                PersonId.of(person), status, substitute, fromItem == null ? null : AgendaItemId.of(fromItem),
                toItem == null ? null : AgendaItemId.of(toItem), note));
    }

    @PostMapping("/sekretaer/moeder/{id}/punkter/{itemId}/referat")
    String notes(@PathVariable UUID id, @PathVariable UUID itemId, Authentication authentication,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission form = forms.of("notes-" + itemId, request);
        String text = form.text("text", true);
        return send(id, form, authentication, response, model,
                meeting -> new RecordItemNotes(meeting, AgendaItemId.of(itemId), text));
    }

    @PostMapping("/sekretaer/moeder/{id}/punkter/{itemId}/beslutninger")
    String decision(@PathVariable UUID id, @PathVariable UUID itemId, Authentication authentication,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission form = forms.of("decision-" + itemId, request);
        String text = form.text("text", true);
        DecisionOutcome outcome = form.choice("outcome", DecisionOutcome.class, EnumSet.allOf(DecisionOutcome.class));
        String recommendation = form.text("recommendation", false);
        Integer votesFor = form.count("votesFor");
        Integer votesAgainst = form.count("votesAgainst");
        Integer abstentions = form.count("abstentions");
        return send(id, form, authentication, response, model, meeting -> new RecordDecision(meeting,
                AgendaItemId.of(itemId), DecisionId.random(), text, outcome, recommendation, votesFor, votesAgainst,
                abstentions));
    }

    @PostMapping("/sekretaer/moeder/{id}/punkter/{itemId}/handlinger")
    String action(@PathVariable UUID id, @PathVariable UUID itemId, Authentication authentication,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission form = forms.of("action-" + itemId, request);
        String description = form.text("description", true);
        UUID owner = form.id("ownerId", true);
        LocalDate dueDate = form.date("dueDate");
        return send(id, form, authentication, response, model, meeting -> new AgreeAction(meeting,
                AgendaItemId.of(itemId), ActionId.random(), description, PersonId.of(owner), dueDate, null));
    }

    @PostMapping("/sekretaer/moeder/{id}/punkter/{itemId}/henvisninger")
    String referral(@PathVariable UUID id, @PathVariable UUID itemId, Authentication authentication,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission form = forms.of("referral-" + itemId, request);
        UUID target = form.id("targetBodyId", true);
        String note = form.text("note", false);
        return send(id, form, authentication, response, model, meeting -> new ReferCase(meeting,
                AgendaItemId.of(itemId), ReferralId.random(), BodyId.of(target), note));
    }

    /**
     * Sends the command the form asked for when it is complete and the caller may record for the meeting, then
     * redirects to the page at the command's position; otherwise renders the page again with the failure.
     */
    private String send(UUID id, Submission form, Authentication authentication, HttpServletResponse response,
                        Model model, Function<MeetingId, Object> command) {
        if (!form.hasErrors() && !access.canRecordForMeeting(authentication, id)) {
            form.fail(HttpStatus.FORBIDDEN, null, forms.message("secretary.error.forbidden"));
        }
        if (!form.hasErrors()) {
            MeetingId meeting = MeetingId.of(id);
            Optional<Long> position = commands.send(form, command.apply(meeting), meeting);
            if (position.isPresent()) {
                return redirectTo(id, position.get(), form.formId());
            }
        }
        Forms.failure(model, form, response);
        return meeting(id, null, null, model);
    }

    /** Everyone sitting in a body on the day, as candidates for guest or substitute, by name. */
    private List<PersonRef> people(LocalDate day) {
        OrgChart chart = queries.one(new FindOrgChart(null, day, null), OrgChart.class);
        Map<PersonId, PersonRef> people = new LinkedHashMap<>();
        for (OrgChart.Organisation organisation : chart.organisations()) {
            collect(organisation.bodies(), people);
        }
        return people.values().stream()
                .sorted(Comparator.comparing(PersonRef::name, Comparator.nullsLast(Comparator.<String>naturalOrder())))
                .toList();
    }

    private static void collect(List<OrgChart.Node> nodes, Map<PersonId, PersonRef> people) {
        for (OrgChart.Node node : nodes) {
            node.members().forEach(m -> people.putIfAbsent(m.personId(), new PersonRef(m.personId(), m.name())));
            collect(node.children(), people);
        }
    }

    /** What is recorded for each person so far: person id (as text) to status. */
    private static Map<String, String> attendance(MinutesView minutes) {
        Map<String, String> recorded = new LinkedHashMap<>();
        minutes.present().forEach(a -> recorded.put(a.personId().toString(), AttendanceStatus.PRESENT.name()));
        minutes.apologies().forEach(a -> recorded.put(a.personId().toString(), AttendanceStatus.APOLOGIES.name()));
        minutes.absent().forEach(a -> recorded.put(a.personId().toString(), AttendanceStatus.ABSENT.name()));
        minutes.guests().forEach(a -> recorded.put(a.personId().toString(), AttendanceStatus.GUEST.name()));
        return recorded;
    }

    /**
     * The partial attendance recorded for each person (id as text): the items (as ids, for the selects) where it
     * starts and ends; the view numbers them among the items still on the agenda.
     */
    private static Map<String, Range> ranges(MinutesView minutes) {
        Map<Integer, String> byNumber = new LinkedHashMap<>();
        minutes.agenda().stream().filter(item -> item.number() != null)
                .forEach(item -> byNumber.put(item.number(), item.itemId().toString()));
        Map<String, Range> ranges = new LinkedHashMap<>();
        for (List<MinutesView.Attendee> group : List.of(minutes.present(), minutes.guests())) {
            for (MinutesView.Attendee a : group) {
                if (a.fromItem() != null || a.toItem() != null) {
                    ranges.put(a.personId().toString(), new Range(
                            a.fromItem() == null ? null : byNumber.get(a.fromItem()),
                            a.toItem() == null ? null : byNumber.get(a.toItem())));
                }
            }
        }
        return ranges;
    }

    /** For each active item (by id): the whole new order when it moves up, and when it moves down; null at the ends. */
    private static Map<String, Move> moves(List<MinutesView.Item> active) {
        Map<String, Move> moves = new LinkedHashMap<>();
        for (int i = 0; i < active.size(); i++) {
            moves.put(active.get(i).itemId().toString(),
                    new Move(i > 0 ? swapped(active, i - 1, i) : null,
                            i < active.size() - 1 ? swapped(active, i, i + 1) : null));
        }
        return moves;
    }

    private static String swapped(List<MinutesView.Item> active, int first, int second) {
        List<String> ids = new ArrayList<>(active.stream().map(item -> item.itemId().toString()).toList());
        String moved = ids.get(first);
        ids.set(first, ids.get(second));
        ids.set(second, moved);
        return String.join(",", ids);
    }

    /** The agenda's order after moving an item up or down. */
    record Move(String up, String down) {
    }

    /** Partial attendance: the first and last item attended (ids as text), null for the start or the end. */
    record Range(String from, String to) {
    }

    /** One list of the recorded attendance: present, apologies, absent or guests (the key names its heading). */
    record AttendanceGroup(String key, List<MinutesView.Attendee> attendees) {
    }
}
