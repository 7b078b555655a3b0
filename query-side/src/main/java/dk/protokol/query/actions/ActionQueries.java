package dk.protokol.query.actions;

import dk.protokol.events.ids.ActionId;

import dk.protokol.events.ids.AttachmentId;

import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.query.actions.FindAction;
import dk.protokol.events.query.actions.FindActionOverview;
import dk.protokol.events.query.actions.FindActions;
import dk.protokol.events.caller.Readable;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.common.EventHistory;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.common.ReadAccess;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.Names;
import dk.protokol.query.organisation.OrganisationAsOf;
import dk.protokol.query.organisation.PersonProjection;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Answers the action queries from the live view, or with {@code asOf} from a replay of the ActionItem
 * events; either way through the same {@link ActionList} and {@link ActionDetails} functions. Where an
 * action was agreed (meeting date, item title, decision text) is read from the live views in both cases. The
 * names of people and bodies are the live views' now, and with {@code asOf} as they were recorded then
 * ({@link OrganisationAsOf}): an answer as of an instant names them as they were called at that instant.
 * {@code on} defaults to today in Danish time.
 */
@Component
public class ActionQueries {

    private final ActionProjection actions;
    private final EventHistory history;
    private final Clock clock;
    private final ReadAccess read;
    private final OrganisationAsOf organisation;

    public ActionQueries(ActionProjection actions, BodyProjection bodies, PersonProjection people,
                         EventHistory history, Clock clock, ReadAccess read) {
        this.read = read;
        this.actions = actions;
        this.history = history;
        this.clock = clock;
        this.organisation = new OrganisationAsOf(people, bodies, history);
    }

    @QueryHandler
    public List<ActionSummary> handle(FindActions query) {
        LocalDate today = today();
        ActionFilter filter = query.filter().on() != null ? query.filter() : query.filter().on(today);
        Collection<ActionState> found;
        if (query.asOf() != null) {
            found = ActionReplay.all(history, query.asOf()).values();
        } else {
            Readable readers = read.readable();
            // one who reads a few bodies reads their actions (and their own) in SQL, not every body's
            found = readers.everything() ? actions.candidates(filter, !filter.on().isBefore(today))
                    : actions.candidates(filter, !filter.on().isBefore(today),
                    new ActionProjection.ReadBy(readers.bodies(), read.me().orElse(null)));
        }
        List<ActionState> readable = read.filterActions(List.copyOf(found), ActionState::bodyId,
                ActionState::ownerId);
        if (query.limit() == null) {
            return ActionList.rows(readable, origins(readable), filter, names(readable, query.asOf()));
        }
        // a page: the lines are placed in the list's order without names, and only the page's are named
        Map<MeetingId, MeetingDigest> origins = origins(readable);
        List<ActionSummary> unnamed = ActionList.rows(readable, origins, filter, Names.NONE);
        List<ActionSummary> page = ActionList.page(unnamed, after(query.after(), unnamed, filter.on()),
                query.limit());
        Map<ActionId, ActionState> byId = readable.stream()
                .collect(Collectors.toMap(ActionState::actionId, action -> action, (a, b) -> a));
        List<ActionState> shown = page.stream().map(line -> byId.get(line.id())).toList();
        return ActionList.rows(shown, origins, filter, names(shown, query.asOf()));
    }

    /**
     * Where a page starts: after the line of {@code after} in {@code lines}; an action no longer in the list (done
     * since, say) is placed by its own due date and meeting day as recorded now.
     */
    private ActionList.After after(ActionId after, List<ActionSummary> lines, LocalDate on) {
        if (after == null) {
            return ActionList.After.START;
        }
        for (ActionSummary line : lines) {
            if (line.id().equals(after)) {
                return ActionList.After.line(line);
            }
        }
        return actions.find(after)
                .map(action -> ActionList.After.key(action.dueDate(), ActionList.agreedOn(
                        action.meetingId() == null ? null : actions.meetings().find(action.meetingId()).orElse(null)),
                        after))
                .orElse(ActionList.After.START);
    }

    /** The action a bilag of an action's progress belongs to (issue 14). */
    public java.util.Optional<ActionId> actionOf(AttachmentId attachment) {
        return actions.actionOf(attachment);
    }

    @QueryHandler
    public ActionDetail handle(FindAction query) {
        ActionState action = query.asOf() != null
                ? ActionReplay.one(history, query.actionId(), query.asOf())
                : actions.find(query.actionId()).orElse(null);
        if (action == null) {
            throw new NotFound("Handlingen findes ikke: " + query.actionId());
        }
        read.requireAction(action.bodyId(), action.ownerId());
        Map<MeetingId, MeetingDigest> meetings = actions.meetings()
                .find(ActionDetails.meetingsOf(action).collect(Collectors.toSet()));
        return ActionDetails.detail(action, meetings, names(List.of(action), query.asOf()), today(), query.asOf());
    }

    @QueryHandler
    public ActionOverview handle(FindActionOverview query) {
        read.requireBody(query.bodyId());
        BodyView body = organisation.body(query.bodyId(), query.asOf())
                .orElseThrow(() -> new NotFound("Organet findes ikke: " + query.bodyId()));
        Collection<ActionState> found = query.asOf() != null
                ? ActionReplay.all(history, query.asOf()).values().stream()
                .filter(action -> query.bodyId().equals(action.bodyId())).toList()
                : actions.ofBody(query.bodyId());
        Names names = names(found, query.asOf());
        return ActionList.overview(new BodyRef(body.id(), body.name()), found, origins(found),
                query.on() != null ? query.on() : today(), names);
    }

    /**
     * A meeting's standing follow-up ({@link FollowUps}): the body's actions from the live view, narrowed as
     * the action list narrows them for a status on a day; or with {@code asOf}, each of the body's actions
     * agreed by the meeting replayed as of that instant. The meeting is past its expected end or not as of
     * {@code asOf}, else as of now.
     */
    @QueryHandler
    public List<FollowUp> handle(FindFollowUp query) {
        if (!FollowUps.followsUp(query)) {
            return List.of();
        }
        Collection<ActionState> found;
        if (query.asOf() != null) {
            found = agreedByAsOf(query);
        } else {
            LocalDate day = query.start().toLocalDate();
            found = actions.candidates(new ActionFilter(ActionStatus.OPEN, query.bodyId(), null, null, null, day),
                    !day.isBefore(today()), query.start());
        }
        Map<MeetingId, MeetingDigest> meetings = actions.meetings()
                .find(found.stream().flatMap(ActionDetails::meetingsOf).collect(Collectors.toSet()));
        return FollowUps.of(query, found, meetings, names(found, query.asOf()),
                query.asOf() != null ? query.asOf() : clock.instant());
    }

    /**
     * The body's actions agreed at meetings up to the given one that may have been open on its day, each as it stood
     * at {@code asOf}. The live view names them (an action's body and origin never change, and every action known at
     * {@code asOf} is known now), narrowed in SQL to those open that day as last recorded and those changed since
     * {@code asOf} ({@link ActionProjection#candidatesAsOf}); a row whose every change was recorded by {@code asOf} is
     * the action as it stood then, the others are folded from their own events. So the cost follows the actions
     * open around that day and those changed since, not the body's whole history.
     */
    private List<ActionState> agreedByAsOf(FindFollowUp query) {
        LocalDate day = query.start().toLocalDate();
        List<ActionState> live = actions.candidatesAsOf(
                new ActionFilter(ActionStatus.OPEN, query.bodyId(), null, null, null, day), query.asOf(),
                query.start());
        Map<MeetingId, MeetingDigest> origins = origins(live);
        return live.stream()
                .filter(action -> {
                    MeetingDigest origin = action.meetingId() == null ? null : origins.get(action.meetingId());
                    return origin == null || origin.start() == null || !origin.start().isAfter(query.start());
                })
                .map(action -> asOf(action, query.asOf()))
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * The action as it stood at {@code asOf}: the live row itself when every change it holds was recorded by then
     * (the fold of the same events), null when it was opened later, else folded from its events up to {@code asOf}.
     */
    private ActionState asOf(ActionState live, Instant asOf) {
        if (live.opened() != null && live.opened().at() != null && live.opened().at().isAfter(asOf)) {
            return null;
        }
        boolean unchangedSince = !live.history().isEmpty() && live.history().stream().allMatch(change ->
                change.recorded() != null && change.recorded().at() != null && !change.recorded().at().isAfter(asOf));
        return unchangedSince ? live : ActionReplay.one(history, live.actionId(), asOf);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Map<MeetingId, MeetingDigest> origins(Collection<ActionState> found) {
        return actions.meetings().find(found.stream().map(ActionState::meetingId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /** The people and bodies the actions name, as recorded at {@code asOf} (null: now): only those, by id. */
    private Names names(Collection<ActionState> found, Instant asOf) {
        return organisation.names(found.stream().flatMap(ActionDetails::peopleOf).collect(Collectors.toSet()),
                found.stream().map(ActionState::bodyId).filter(Objects::nonNull).collect(Collectors.toSet()), asOf);
    }
}
