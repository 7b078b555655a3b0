package dk.protokol.web.secretary;

import dk.protokol.events.caller.CallerAccess;
import dk.protokol.events.command.CommandBatch;
import dk.protokol.events.command.Commands.Outcome;
import dk.protokol.events.command.Commands;
import dk.protokol.events.command.FieldMessage;
import dk.protokol.events.command.Refusal;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.query.plan.FindMeetingPlan;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.minutes.MinutesProjection;
import dk.protokol.query.plan.MeetingPlan;
import dk.protokol.web.common.Queries;
import dk.protokol.web.common.Submission;
import dk.protokol.web.common.Viewers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Import;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;

/**
 * The year's meeting plan (mødeplan) of a body the secretary serves: the meetings its cadence proposes for the year
 * as editable rows, each chosen by a checkbox, scheduled in one step — all of them, or, when one is refused, none,
 * with the reason beside its row and everything typed kept.
 */
@Controller
@Import(SecretaryPages.class)
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class MeetingPlanPageController {

    static final String FORM_ID = "meeting-plan";
    private static final Pattern ROW_FIELD = Pattern.compile("(meetings\\[\\d+])(?:\\.(\\w+))?");
    private static final Set<String> INPUTS = Set.of("start", "expectedEnd", "location");

    private final Queries queries;
    private final Viewers viewers;
    private final SecretaryForms forms;
    private final CallerAccess access;
    private final ObjectProvider<Commands> commands;
    private final ObjectProvider<ReadYourWrites> readYourWrites;
    private final ObjectProvider<Clock> clock;

    MeetingPlanPageController(Queries queries, Viewers viewers, SecretaryForms forms, CallerAccess access,
                              ObjectProvider<Commands> commands, ObjectProvider<ReadYourWrites> readYourWrites,
                              ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.viewers = viewers;
        this.forms = forms;
        this.access = access;
        this.commands = commands;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    /** The plan as posted: the body, the year, and every row with whether it was chosen. */
    static class PlanForm {
        UUID bodyId;
        Integer year;
        List<Row> meetings = new ArrayList<>();
    }

    /** One proposed meeting, as the secretary left it. */
    static class Row {
        boolean chosen;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime start;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime expectedEnd;
        String location;
    }

    /** A row on the page: its index in the form and its values as the inputs show them. */
    record RowView(int index, boolean chosen, String start, String expectedEnd, String location) {
    }

    @GetMapping("/sekretaer/moedeplan")
    String plan(@RequestParam(required = false) UUID bodyId, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long minPosition, @RequestParam(required = false) String saved,
                HttpServletRequest request, Model model) {
        Submission.none(model);
        int planYear = year != null ? year : LocalDate.now(clock.getIfAvailable(Clock::systemDefaultZone)).getYear() + 1;
        model.addAttribute("bodies", viewers.withRoles(request).secretaryOf());
        model.addAttribute("year", planYear);
        model.addAttribute("saved", saved != null);
        if (bodyId == null) {
            model.addAttribute("plan", null);
            return "secretary/meeting-plan";
        }
        if (!access.canRecordFor(BodyId.of(bodyId))) {
            throw new AccessDeniedException("not the body's secretary");
        }
        ReadYourWrites waiting = readYourWrites.getIfAvailable();
        boolean current = minPosition == null || waiting == null
                || waiting.await(minPosition, MinutesProjection.PROCESSING_GROUP);
        MeetingPlan plan = queries.one(new FindMeetingPlan(BodyId.of(bodyId), planYear), MeetingPlan.class);
        model.addAttribute("stale", !current);
        model.addAttribute("plan", plan);
        if (!model.containsAttribute("rows")) {
            // a year that has meetings already: nothing is chosen for the secretary
            boolean chosen = plan.alreadyScheduled().isEmpty();
            List<RowView> rows = new ArrayList<>();
            for (int i = 0; i < plan.meetings().size(); i++) {
                var meeting = plan.meetings().get(i);
                rows.add(new RowView(i, chosen, meeting.start().toString(), meeting.expectedEnd().toString(),
                        meeting.location()));
            }
            model.addAttribute("rows", rows);
        }
        return "secretary/meeting-plan";
    }

    @PostMapping("/sekretaer/moedeplan")
    String schedule(@ModelAttribute PlanForm plan, BindingResult binding, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        Submission form = forms.of(FORM_ID, plan, binding, request);
        if (plan.bodyId == null || plan.year == null) {
            form.fail(HttpStatus.BAD_REQUEST, null, forms.message("secretary.plan.missing"));
        } else if (!access.canRecordFor(BodyId.of(plan.bodyId))) {
            form.fail(HttpStatus.FORBIDDEN, null, forms.message("secretary.error.forbidden"));
        } else if (!form.hasErrors()) {
            CommandBatch batch = batchOf(plan);
            Outcome outcome = commands.getObject().submitAll(batch);
            if (outcome instanceof Outcome.Accepted accepted) {
                return "redirect:/sekretaer/moedeplan?bodyId=" + plan.bodyId + "&year=" + plan.year
                        + "&minPosition=" + accepted.result().position() + "&saved=" + FORM_ID;
            }
            Refusal refusal = ((Outcome.Refused) outcome).refusal();
            for (FieldMessage error : refusal.errors()) {
                form.fail(HttpStatus.valueOf(refusal.kind().status()), rowField(error.field()), error.message());
            }
        }
        form.showOn(model, response);
        List<RowView> rows = new ArrayList<>();
        for (int i = 0; i < plan.meetings.size(); i++) {
            Row row = plan.meetings.get(i);
            String name = "meetings[" + i + "]";
            rows.add(new RowView(i, row != null && row.chosen, typed(request, name + ".start"),
                    typed(request, name + ".expectedEnd"), typed(request, name + ".location")));
        }
        model.addAttribute("rows", rows);
        if (plan.bodyId == null || plan.year == null) {
            model.addAttribute("bodies", viewers.withRoles(request).secretaryOf());
            model.addAttribute("year", plan.year);
            model.addAttribute("plan", null);
            model.addAttribute("saved", false);
            return "secretary/meeting-plan";
        }
        return plan(plan.bodyId, plan.year, null, null, request, model);
    }

    /** The chosen rows, each named by its row, so that a refusal finds its way back beside it. */
    static CommandBatch batchOf(PlanForm plan) {
        CommandBatch batch = new CommandBatch();
        BodyId body = BodyId.of(plan.bodyId);
        for (int i = 0; i < plan.meetings.size(); i++) {
            Row row = plan.meetings.get(i);
            if (row == null || !row.chosen) {
                continue;
            }
            batch.add("meetings[" + i + "]", () -> new ScheduleMeeting(MeetingId.random(), body, row.start,
                    row.expectedEnd, row.location));
            if (row.start != null && row.start.getYear() != plan.year) {
                batch.refuse(CommandBatch.fieldOf("meetings[" + i + "]", "start"),
                        "Mødet ligger ikke i " + plan.year + ".");
            }
        }
        if (batch.commands().isEmpty() && batch.isValid()) {
            batch.refuse(null, "Vælg mindst ét møde.");
        }
        return batch;
    }

    /**
     * Where a refusal is shown: beside the row's input it is about, or beside the row's checkbox when it is about the
     * row as a whole (a rule about the body, say).
     */
    static String rowField(String field) {
        Matcher row = ROW_FIELD.matcher(field == null ? "" : field);
        if (!row.matches()) {
            return field;
        }
        return row.group(2) != null && INPUTS.contains(row.group(2)) ? field : row.group(1) + ".chosen";
    }

    private static String typed(HttpServletRequest request, String name) {
        return request.getParameter(name);
    }
}
