package dk.protokol.query.minutes;

import dk.protokol.events.personal.PersonalData;
import dk.protokol.events.query.minutes.FindApprovedMinutesOpen;
import dk.protokol.events.query.minutes.FindDecisions;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.events.query.minutes.FindMinutesSettings;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.actions.ActionDetail;
import dk.protokol.query.actions.ActionQueries;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.query.actions.FindAction;
import dk.protokol.query.common.EventHistory;
import dk.protokol.query.common.NotFound;
import dk.protokol.events.caller.Readable;
import dk.protokol.query.common.ReadAccess;
import dk.protokol.query.minutes.MinutesView.MeetingLink;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.OrganisationAsOf;
import dk.protokol.query.organisation.PersonProjection;
import dk.protokol.query.organisation.PersonView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers the minutes, meeting list and decision register queries from the live views, or the minutes
 * with {@code asOf} from a replay of the store; either way through the same {@link MinutesViews}
 * functions. Names of people and bodies come from the live organisation views, or with {@code asOf} from the
 * people and bodies as recorded then ({@link OrganisationAsOf}; see {@link Directory}). The standing follow-up is the action view's answer for the meeting as it stood
 * ({@link ActionQueries}, live or as of the same instant): read when the minutes are read, never stored with
 * them, so that progress reported later shows without touching the minutes.
 */
@Component
public class MinutesQueries {

    private final MinutesProjection minutes;
    private final DecisionSearch decisions;
    private final EventHistory history;
    private final ActionQueries actions;
    private final ReadAccess read;
    private final OpenMinutes open;
    private final MinutesSettings published;
    private final OrganisationAsOf organisation;
    private final PersonalData personalData;
    private final AttachmentFiles files;

    /** Without the bilag's bytes (tests that read no bilag). */
    public MinutesQueries(MinutesProjection minutes, DecisionSearch decisions, BodyProjection bodies,
                          PersonProjection people, EventHistory history, ActionQueries actions, ReadAccess read,
                          OpenMinutes open, MinutesSettings published) {
        this(minutes, decisions, bodies, people, history, actions, read, open, published, null);
    }

    @Autowired
    public MinutesQueries(MinutesProjection minutes, DecisionSearch decisions, BodyProjection bodies,
                          PersonProjection people, EventHistory history, ActionQueries actions, ReadAccess read,
                          OpenMinutes open, MinutesSettings published, AttachmentFiles files) {
        this.files = files;
        this.read = read;
        this.open = open;
        this.published = published;
        this.minutes = minutes;
        this.decisions = decisions;
        this.history = history;
        this.actions = actions;
        this.organisation = new OrganisationAsOf(people, bodies, history);
        this.personalData = people.personalData();
    }

    @QueryHandler
    public MinutesView handle(FindMinutes query) {
        Built built = build(query);
        return built.minutes().withFollowUp(actions.handle(MinutesViews.followUpQuery(built.state(), query.asOf())));
    }

    /**
     * The minutes without the follow-up section, for readers that need only the meeting and its agenda
     * (calendars): the follow-up asks the action views and is the costly part.
     */
    public MinutesView withoutFollowUp(FindMinutes query) {
        return build(query).minutes();
    }

    private record Built(MeetingState state, MinutesView minutes) {
    }

    private Built build(FindMinutes query) {
        Instant asOf = query.asOf();
        MeetingState state = meeting(query.meetingId(), asOf)
                .orElseThrow(() -> new NotFound("Mødet findes ikke: " + query.meetingId()));
        Readable readable = read.readable();
        if (!readsMinutes(readable, opened(readable), state)) {
            read.requireAnyOf(state.bodyIds()); // refuses
        }
        return built(state, asOf);
    }

    /**
     * The approved minutes of a body that publishes them (issue 14), for its public page: read by anyone, signed in or
     * not, so nothing else is answered: a body that does not publish, a meeting not held by it or not approved, is
     * not found. Newest first.
     */
    public List<MinutesView> published(BodyId body) {
        if (!published.publishes(body)) {
            throw new NotFound("Organet offentliggør ikke sine referater: " + body);
        }
        return minutes.meetings(body, null, null).stream()
                .filter(meeting -> meeting.status() == MeetingStatus.MINUTES_APPROVED)
                .sorted(MinutesViews.BY_START.reversed())
                .map(meeting -> built(meeting, null).minutes())
                .toList();
    }

    /** One published meeting's approved minutes, as {@link #published(BodyId)} answers them; else not found. */
    public MinutesView published(BodyId body, MeetingId meeting) {
        MeetingState state = minutes.find(meeting)
                .filter(found -> found.status() == MeetingStatus.MINUTES_APPROVED)
                .filter(found -> found.bodyIds().contains(body))
                .filter(found -> published.publishes(body))
                .orElseThrow(() -> new NotFound("Referatet er ikke offentliggjort: " + meeting));
        return built(state, null).minutes();
    }

    private Built built(MeetingState state, Instant asOf) {
        MeetingState approvedAt = state.approvedAtMeetingId() == null ? null
                : meeting(state.approvedAtMeetingId(), asOf).orElse(null);
        // the live view names the candidates; as of an earlier instant, each is asked whether it was so then
        List<MeetingState> approvedHere = minutes.approvedAt(state.meetingId()).stream()
                .map(candidate -> asOf == null ? candidate : MinutesReplay.asOf(history, candidate.meetingId(), asOf))
                .filter(Objects::nonNull)
                .filter(candidate -> state.meetingId().equals(candidate.approvedAtMeetingId()))
                .sorted(MinutesViews.BY_START)
                .toList();

        List<MeetingState> all = new ArrayList<>(approvedHere);
        all.add(state);
        if (approvedAt != null) {
            all.add(approvedAt);
        }
        Directory directory = directory(MinutesViews.people(state), all.stream()
                .flatMap(meeting -> MinutesViews.bodies(meeting).stream()).collect(Collectors.toSet()), asOf);
        MeetingLink approvedAtLink = state.approvedAtMeetingId() == null ? null
                : MinutesViews.link(state.approvedAtMeetingId(), approvedAt, directory);
        List<MeetingLink> approvedHereLinks = approvedHere.stream()
                .map(meeting -> MinutesViews.link(meeting.meetingId(), meeting, directory))
                .toList();
        return new Built(state, MinutesViews.minutes(state, directory, approvedAtLink, approvedHereLinks, asOf));
    }

    /**
     * A bilag with its bytes, for those who may read its meeting's minutes (the same rule as the minutes: readers of
     * one of its bodies, or anyone signed in for approved minutes of an opened body). A withdrawn bilag stays
     * readable: it is part of the history.
     */
    public AttachmentDownload attachment(AttachmentId id) {
        Optional<MeetingId> onAnItem = minutes.meetingOf(id);
        if (onAnItem.isEmpty()) {
            return actionAttachment(id);
        }
        MeetingId meeting = onAnItem.get();
        MinutesView view = build(new FindMinutes(meeting, null)).minutes();
        MinutesView.Attachment attachment = view.agenda().stream().flatMap(item -> item.attachments().stream())
                .filter(candidate -> candidate.attachmentId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Bilaget findes ikke: " + id));
        byte[] content = files.content(attachment.sha256())
                .orElseThrow(() -> new IllegalStateException("The bytes of bilag " + id + " are missing"));
        return new AttachmentDownload(attachment, content);
    }

    /**
     * A bilag of an action's progress (issue 14): for those who read the action (its body's readers and its owner,
     * as the action itself), as its history lists it.
     */
    private AttachmentDownload actionAttachment(AttachmentId id) {
        ActionId action = actions.actionOf(id).orElseThrow(() -> new NotFound("Bilaget findes ikke: " + id));
        ActionDetail detail = actions.handle(new FindAction(action, null));
        ActionDetail.Attachment attachment = detail.attachments().stream()
                .filter(candidate -> candidate.attachmentId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Bilaget findes ikke: " + id));
        byte[] content = files.content(attachment.sha256())
                .orElseThrow(() -> new IllegalStateException("The bytes of bilag " + id + " are missing"));
        return new AttachmentDownload(new MinutesView.Attachment(attachment.attachmentId(), null,
                attachment.fileName(), attachment.contentType(), attachment.size(), attachment.sha256(), false, null,
                false, null), content);
    }

    /**
     * A bilag marked public of a meeting on a publishing body's public page (issue 14): only when the body publishes,
     * the meeting is one of its approved meetings, and the bilag is public and not withdrawn; otherwise not found.
     */
    public AttachmentDownload publishedAttachment(BodyId body, AttachmentId id) {
        MeetingId meeting = minutes.meetingOf(id).orElseThrow(() -> new NotFound("Bilaget findes ikke: " + id));
        MinutesView view = published(body, meeting);
        MinutesView.Attachment attachment = view.agenda().stream().flatMap(item -> item.attachments().stream())
                .filter(candidate -> candidate.attachmentId().equals(id))
                .filter(candidate -> candidate.visibleToPublic() && !candidate.withdrawn())
                .findFirst()
                .orElseThrow(() -> new NotFound("Bilaget er ikke offentligt: " + id));
        byte[] content = files.content(attachment.sha256())
                .orElseThrow(() -> new IllegalStateException("The bytes of bilag " + id + " are missing"));
        return new AttachmentDownload(attachment, content);
    }

    @QueryHandler
    public List<MeetingSummary> handle(FindMeetings query) {
        Readable readable = read.readable();
        Set<BodyId> opened = opened(readable);
        if (query.bodyId() != null && !readable.body(query.bodyId()) && !opened.contains(query.bodyId())) {
            read.requireBody(query.bodyId()); // refuses
        }
        Set<MeetingStatus> statuses = query.statuses() == null ? null : query.statuses().stream()
                .flatMap(name -> Arrays.stream(MeetingStatus.values()).filter(status -> status.name().equals(name)))
                .collect(Collectors.toSet());
        List<MeetingState> found = minutes.meetings(query.bodyId(), startOf(query.from()), endOf(query.to()),
                        statuses)
                .stream().filter(meeting -> readsMinutes(readable, opened, meeting)).toList();
        Directory directory = bodies(found.stream().flatMap(meeting -> meeting.bodyIds().stream())
                .collect(Collectors.toSet()), null);
        return found.stream().map(meeting -> MinutesViews.summary(meeting, directory)).toList();
    }

    /**
     * The meeting's minutes are read by the readers of one of its bodies; approved minutes also by anyone signed in,
     * where one of its bodies has opened its approved minutes (a body setting).
     */
    private static boolean readsMinutes(Readable readable, Set<BodyId> opened, MeetingState meeting) {
        return readable.anyOf(meeting.bodyIds()) || meeting.status() == MeetingStatus.MINUTES_APPROVED
                && meeting.bodyIds().stream().anyMatch(opened::contains);
    }

    /** The bodies that opened their approved minutes, read once per query; none needed by who reads everything. */
    private Set<BodyId> opened(Readable readable) {
        return readable.everything() ? Set.of() : open.bodies();
    }

    /** The body's settings of issue 14 (objection period, tacit approval, publication); for its readers. */
    @QueryHandler
    public MinutesSettings.Settings handle(FindMinutesSettings query) {
        read.requireBody(query.bodyId());
        return published.of(query.bodyId());
    }

    /** The body setting as the open-minutes view holds it; asked by those who read the body (the administrator). */
    @QueryHandler
    public Boolean handle(FindApprovedMinutesOpen query) {
        read.requireBody(query.bodyId());
        return open.bodies().contains(query.bodyId());
    }

    @QueryHandler
    public List<DecisionEntry> handle(FindDecisions query) {
        read.requireBody(query.bodyId());
        List<DecisionRow> found = query.asOf() == null
                ? decisions.search(query.q(), query.bodyId(), startOf(query.from()), endOf(query.to()))
                : registerAsOf(query);
        // a body's register (joint meetings included) is read whole; across bodies, the rows of readable ones
        List<DecisionRow> rows = query.bodyId() != null ? found : read.filter(found, row -> List.of(row.bodyId()));
        Directory directory = bodies(rows.stream().map(DecisionRow::bodyId).collect(Collectors.toSet()),
                query.asOf());
        return rows.stream().map(row -> DecisionRegister.entry(row, directory)).toList();
    }

    /**
     * The register as it stood at {@code asOf}: every meeting the live view knows (of the body, when one is asked
     * for; a meeting keeps its body) folded one at a time up to that instant with the same fold as the live view,
     * its rows taken as the live register takes them, then filtered as the live search filters.
     */
    private List<DecisionRow> registerAsOf(FindDecisions query) {
        LocalDateTime from = startOf(query.from());
        LocalDateTime to = endOf(query.to());
        List<DecisionRow> rows = new ArrayList<>();
        for (MeetingState live : minutes.meetings(query.bodyId(), null, null)) {
            MeetingState then = MinutesReplay.asOf(history, live.meetingId(), query.asOf());
            if (then == null || then.start() == null || from != null && then.start().isBefore(from)
                    || to != null && !then.start().isBefore(to)) {
                continue;
            }
            DecisionRegister.rows(then).stream().filter(row -> DecisionSearch.hasEveryWord(row, query.q()))
                    .forEach(rows::add);
        }
        rows.sort(Comparator.comparing(DecisionRow::meetingStart).thenComparing(row -> row.meetingId().toString())
                .thenComparingInt(DecisionRow::position));
        return rows;
    }

    private Optional<MeetingState> meeting(MeetingId id, Instant asOf) {
        return asOf == null ? minutes.find(id) : Optional.ofNullable(MinutesReplay.asOf(history, id, asOf));
    }

    /** The people and bodies named, as recorded at {@code asOf} (null: now). */
    private Directory directory(Collection<PersonId> personIds, Set<BodyId> bodyIds, Instant asOf) {
        return new Directory(
                organisation.people(personIds, asOf).stream()
                        .collect(Collectors.toMap(PersonView::id, Function.identity())),
                organisation.bodies(bodyIds, asOf).stream()
                        .collect(Collectors.toMap(BodyView::id, Function.identity())),
                // the remarks' authors are among the people named: their keys read once for the minutes
                personalData.forPeople(personIds));
    }

    /** The bodies a list names, read by id (as of {@code asOf}: each folded from its own events). */
    private Directory bodies(Set<BodyId> named, Instant asOf) {
        return new Directory(Map.of(),
                organisation.bodies(named, asOf).stream().collect(Collectors.toMap(BodyView::id, Function.identity())));
    }

    private static LocalDateTime startOf(LocalDate from) {
        return from == null ? null : from.atStartOfDay();
    }

    /** {@code to} is the last day included. */
    private static LocalDateTime endOf(LocalDate to) {
        return to == null ? null : to.plusDays(1).atStartOfDay();
    }
}
