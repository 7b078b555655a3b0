package dk.protokol.web.secretary;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MinutesProjection;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyDetail;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.query.organisation.OrgChart;
import dk.protokol.query.organisation.PersonRef;
import dk.protokol.web.common.Queries;
import dk.protokol.web.common.Submission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The model of the secretary's working surface for one meeting: the agenda, attendance, the minutes of each item,
 * and the meeting's steps (publish, open, close, circulate), as the read side shows them, with what each form may
 * offer. Rendered by {@link MeetingPageController} and again, with a refused form's failure, by
 * {@link SecretaryForms#save}.
 *
 * <p>Every form posts, and a saved change redirects to the page with {@code minPosition}, so the page waits for
 * the read side to show it (Post/Redirect/Get). With htmx (progressive enhancement, see the template) a form posts
 * in the background and swaps only its own block of the page out of the answer, so text typed in other forms
 * stays; the redirect names the saved form ({@code saved}), whose block then says so and takes the focus. Forms
 * that change the agenda's structure (add, withdraw, reorder) and the meeting's steps reload the page: every
 * section depends on the agenda's order.
 *
 * <p>As a working surface the page keeps one agenda item open ({@code openItem}) and the others collapsed to what is
 * recorded under them ({@code itemStates}); the agenda is a side list that marks the open item. The decision, action
 * and referral forms open on demand, and a refused one stays open.
 */
class MeetingPage {

    private final Queries queries;
    private final ObjectProvider<ReadYourWrites> readYourWrites;
    private final MessageSource messages;

    /** The bilag's size limit as the page tells it ("25 MB"); the multipart limits enforce it. */
    @org.springframework.beans.factory.annotation.Value("${protokol.attachments.max-size:25MB}")
    private org.springframework.util.unit.DataSize attachmentMaxSize = org.springframework.util.unit.DataSize.ofMegabytes(25);

    MeetingPage(Queries queries, ObjectProvider<ReadYourWrites> readYourWrites, MessageSource messages) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.messages = messages;
    }

    private static final Set<MemberRole> VOTING = EnumSet.of(MemberRole.CHAIR, MemberRole.VICE_CHAIR, MemberRole.MEMBER);

    /** A form id as the page writes it: letters, digits and hyphens (item and person ids included). */
    private static final Pattern FORM_ID = Pattern.compile("[a-z][a-z0-9-]{0,80}");
    /** The id of an item or person at the end of a form id ({@code decision-<uuid>}). */
    private static final Pattern TRAILING_ID = Pattern.compile("-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    /** An item's id as the side list's links name it ({@code ?item=<uuid>}). */
    private static final Pattern ITEM_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    static String redirectTo(UUID meetingId, long position) {
        return "redirect:/sekretaer/moeder/" + meetingId + "?minPosition=" + position;
    }

    static String redirectTo(UUID meetingId, long position, String formId) {
        return "redirect:/sekretaer/moeder/" + meetingId + "?minPosition=" + position + "&saved=" + formId;
    }

    /** The page, after waiting (bounded) for the views to reach {@code minPosition}; {@code saved} names a saved form. */
    String show(UUID id, Long minPosition, String saved, Model model) {
        return show(id, minPosition, saved, null, model);
    }

    /**
     * The page as {@link #show(UUID, Long, String, Model)}, with {@code openedItem} (an item's id, from the side list's
     * link) the item open when no failed or saved form names another.
     */
    String show(UUID id, Long minPosition, String saved, String openedItem, Model model) {
        ReadYourWrites waiting = readYourWrites.getIfAvailable();
        boolean current = minPosition == null || waiting == null || waiting.await(minPosition,
                MinutesProjection.PROCESSING_GROUP, ActionProjection.PROCESSING_GROUP);
        Submission.none(model);
        MinutesView minutes = queries.one(new FindMinutes(MeetingId.of(id), null), MinutesView.class);
        LocalDate day = minutes.start().toLocalDate();
        // at a fællesmøde the members of every body holding it are its members (the first seat found counts)
        List<BodyId> holding = holdingBodies(minutes);
        Map<PersonId, BodyDetail.Member> seated = new LinkedHashMap<>();
        for (BodyId holder : holding) {
            queries.one(new FindBody(holder, day, null), BodyDetail.class).members()
                    .forEach(member -> seated.putIfAbsent(member.personId(), member));
        }
        List<BodyDetail.Member> members = seated.values().stream()
                .sorted(Comparator.comparing(BodyDetail.Member::name, Comparator.nullsLast(Comparator.<String>naturalOrder())))
                .toList();
        model.addAttribute("stale", !current);
        model.addAttribute("minutes", minutes);
        model.addAttribute("members", members);
        People everyone = people(day, holding);
        List<PersonRef> people = everyone.all();
        model.addAttribute("minuteTakers", everyone.recordFor());
        model.addAttribute("people", people);
        model.addAttribute("others", people.stream()
                .filter(p -> members.stream().noneMatch(member -> member.personId().equals(p.personId()))).toList());
        // a presenter in no body on the day is offered too, where it is the item's presenter (the amend form)
        Set<String> listed = new HashSet<>();
        members.forEach(member -> listed.add(member.personId().toString()));
        people.forEach(person -> listed.add(person.personId().toString()));
        model.addAttribute("listedPeople", listed);
        Map<String, String> recorded = attendance(minutes);
        model.addAttribute("recordedAttendance", recorded);
        // who may lead the meeting when the chair does not: a voting member recorded present (ChooseChairOfTheDay)
        model.addAttribute("chairCandidates", members.stream()
                .filter(member -> VOTING.contains(member.role()))
                .filter(member -> AttendanceStatus.PRESENT.name().equals(recorded.get(member.personId().toString())))
                .toList());
        model.addAttribute("attendanceGroups", List.of(
                new AttendanceGroup("present", minutes.present()), new AttendanceGroup("apologies", minutes.apologies()),
                new AttendanceGroup("absent", minutes.absent()), new AttendanceGroup("guests", minutes.guests())));
        model.addAttribute("recordedRange", ranges(minutes));
        // the bodies a case may be referred to, or that may hold the meeting jointly: those not holding it
        model.addAttribute("otherBodies", queries.list(new FindBodies(null, day, null, false), BodySummary.class)
                .stream().filter(b -> !holding.contains(b.id()))
                .sorted(Comparator.comparing(BodySummary::name)).toList());
        List<MinutesView.Item> active = minutes.agenda().stream().filter(item -> !item.withdrawn()).toList();
        model.addAttribute("activeItems", active);
        model.addAttribute("moves", moves(active));
        MeetingStatus status = minutes.status();
        // the Meeting aggregate lets the agenda change until the meeting closes (NoAgendaChangeAfterClose)
        model.addAttribute("agendaOpen", EnumSet.of(MeetingStatus.SCHEDULED, MeetingStatus.AGENDA_PUBLISHED,
                MeetingStatus.OPEN).contains(status));
        model.addAttribute("recording", status == MeetingStatus.OPEN || status == MeetingStatus.CLOSED);
        model.addAttribute("attachmentMaxSize", attachmentMaxSize.toMegabytes() + " MB");
        // which bodies hold the meeting is settled before it opens (JointBodiesOnlyBeforeTheMeetingOpens)
        model.addAttribute("jointOpen", status == MeetingStatus.SCHEDULED || status == MeetingStatus.AGENDA_PUBLISHED);
        model.addAttribute("attendanceOpen", EnumSet.of(MeetingStatus.SCHEDULED, MeetingStatus.AGENDA_PUBLISHED,
                MeetingStatus.OPEN, MeetingStatus.CLOSED).contains(status));
        savedForm(saved, model);
        model.addAttribute("openItem", openItem(active, openedItem, model, status));
        model.addAttribute("itemStates", states(active));
        return "secretary/meeting";
    }

    /**
     * The one item open on the working surface (its id as text, or null for none): the item of a refused form, else
     * of the form just saved, else the item the address names ({@code item}), else, while minutes are written (the
     * meeting open or closed), the first item without notes. The others show only their state.
     */
    private static String openItem(List<MinutesView.Item> active, String item, Model model, MeetingStatus status) {
        Set<String> ids = new HashSet<>();
        active.forEach(i -> ids.add(i.itemId().toString()));
        for (Object named : new Object[]{model.getAttribute("failed"), model.getAttribute("saved"), item}) {
            String id = itemOf(named);
            if (id != null && ids.contains(id)) {
                return id;
            }
        }
        if (status != MeetingStatus.OPEN && status != MeetingStatus.CLOSED) {
            return null;
        }
        return active.stream().filter(i -> i.notes() == null || i.notes().isBlank()).findFirst()
                .map(i -> i.itemId().toString()).orElse(null);
    }

    /** The item id in a form id ({@code decision-<uuid>}) or an item id itself; null for anything else. */
    private static String itemOf(Object named) {
        if (!(named instanceof String text) || text.isEmpty()) {
            return null;
        }
        var trailing = TRAILING_ID.matcher(text);
        if (trailing.find()) {
            return trailing.group().substring(1);
        }
        return ITEM_ID.matcher(text).matches() ? text : null;
    }

    /**
     * What each active item (by id) has recorded, in words, for its collapsed line and the side list: notes saved,
     * each decision with its outcome, the number of actions, referred; or nothing yet.
     */
    private Map<String, List<String>> states(List<MinutesView.Item> active) {
        Map<String, List<String>> states = new LinkedHashMap<>();
        for (MinutesView.Item item : active) {
            List<String> state = new ArrayList<>();
            if (item.notes() != null && !item.notes().isBlank()) {
                state.add(message("secretary.state.notes"));
            }
            for (MinutesView.Decision decision : item.decisions()) {
                state.add(decision.outcome() == null ? message("secretary.state.decided")
                        : message("secretary.state.decision", message("outcome." + decision.outcome().name())));
            }
            if (!item.actions().isEmpty()) {
                state.add(message("secretary.state.actions", item.actions().size()));
            }
            if (!item.referrals().isEmpty()) {
                state.add(message("secretary.state.referred"));
            }
            if (state.isEmpty()) {
                state.add(message("secretary.state.nothing"));
            }
            states.put(item.itemId().toString(), state);
        }
        return states;
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
        model.addAttribute("savedMessage", message("secretary.saved." + kind).startsWith("secretary.")
                ? message("secretary.saved") : message("secretary.saved." + kind));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, LocaleContextHolder.getLocale());
    }

    /** Everyone sitting in a body on the day, and who of them records for {@code body} (may be its minute-taker). */
    private record People(List<PersonRef> all, List<PersonRef> recordFor) {
    }

    private People people(LocalDate day, List<BodyId> bodies) {
        OrgChart chart = queries.one(new FindOrgChart(null, day, null), OrgChart.class);
        Map<PersonId, PersonRef> people = new LinkedHashMap<>();
        Map<PersonId, PersonRef> recordFor = new LinkedHashMap<>();
        for (OrgChart.Organisation organisation : chart.organisations()) {
            collect(organisation.bodies(), bodies, people, recordFor);
        }
        return new People(byName(people.values()), byName(recordFor.values()));
    }

    private static List<PersonRef> byName(Collection<PersonRef> people) {
        return people.stream()
                .sorted(Comparator.comparing(PersonRef::name, Comparator.nullsLast(Comparator.<String>naturalOrder())))
                .toList();
    }

    /**
     * As the meeting's rule MinuteTakerRecordsForTheBody: the secretary of a body holding the meeting, or anyone in a
     * body serving one of them.
     */
    private static void collect(List<OrgChart.Node> nodes, List<BodyId> bodies, Map<PersonId, PersonRef> people,
                                Map<PersonId, PersonRef> recordFor) {
        for (OrgChart.Node node : nodes) {
            boolean serves = node.relations() != null && node.relations().stream()
                    .anyMatch(link -> link.relation() == RelationKind.SERVES && bodies.contains(link.targetId()));
            for (OrgChart.Member m : node.members()) {
                PersonRef person = new PersonRef(m.personId(), m.name());
                people.putIfAbsent(m.personId(), person);
                if (serves || bodies.contains(node.id()) && m.role() == MemberRole.SECRETARY) {
                    recordFor.putIfAbsent(m.personId(), person);
                }
            }
            collect(node.children(), bodies, people, recordFor);
        }
    }

    /** The bodies holding the meeting: the one that called it first (the minutes' own list, else that body alone). */
    private static List<BodyId> holdingBodies(MinutesView minutes) {
        List<BodyId> bodies = minutes.bodies().stream().map(MinutesView.HoldingBody::bodyId).toList();
        return bodies.isEmpty() ? List.of(minutes.bodyId()) : bodies;
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
