package dk.protokol.query.history;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.JointBodyAdded;
import dk.protokol.events.meeting.JointBodyWithdrawn;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.events.query.history.FindAgendaItemHistory;
import dk.protokol.events.query.history.FindBodyHistory;
import dk.protokol.events.query.history.FindDecisionHistory;
import dk.protokol.events.query.history.FindMeetingHistory;
import dk.protokol.events.query.history.FindPersonHistory;
import dk.protokol.query.common.EventHistory;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.common.ReadAccess;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.query.common.UnreadableEvent;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.Names;
import dk.protokol.query.organisation.OrganisationAsOf;
import dk.protokol.query.organisation.PersonProjection;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers the history queries (who did what, when) from the event store itself: the aggregate's events up to
 * {@code asOf} through the {@link EventHistory} port, narrowed by a {@link HistoryScope} and told by the
 * {@link EventDescriber} in the query's language (Danish unless it asks for English; the not-found messages stay
 * Danish, as the API's messages do). One aggregate's events are read, never the whole store. Names of people and
 * bodies are as recorded at {@code asOf} (the live views' without it; {@link OrganisationAsOf}), revealed through the
 * personal-data port as today, so an erased person shows as erased. A thing not
 * recorded by {@code asOf} is {@link NotFound}.
 */
@Component
public class ItemHistoryQueries {

    private final EventHistory history;
    private final PersonProjection people;
    private final ReadAccess read;
    private final OrganisationAsOf organisation;

    public ItemHistoryQueries(EventHistory history, PersonProjection people, BodyProjection bodies, ReadAccess read) {
        this.read = read;
        this.history = history;
        this.people = people;
        this.organisation = new OrganisationAsOf(people, bodies, history);
    }

    @QueryHandler
    public ItemHistory handle(FindMeetingHistory query) {
        List<RecordedEvent> events = meeting(query.meetingId().toString(), query.asOf());
        Told told = tell(events, HistoryScope.whole(), query.language(), query.asOf());
        ItemHistory.MeetingRef meeting = told.meeting(query.meetingId());
        return new ItemHistory(HistorySubject.MEETING, query.meetingId().value(), meeting.bodyName(), meeting,
                told.entries(), query.asOf());
    }

    @QueryHandler
    public ItemHistory handle(FindAgendaItemHistory query) {
        List<RecordedEvent> events = meeting(query.meetingId().toString(), query.asOf());
        boolean known = events.stream().anyMatch(recorded -> recorded.payload() instanceof AgendaItemAdded added
                && query.itemId().equals(added.itemId()));
        if (!known) {
            throw new NotFound("Punktet findes ikke på mødet: " + query.itemId());
        }
        Told told = tell(events, HistoryScope.item(query.itemId()), query.language(), query.asOf());
        return new ItemHistory(HistorySubject.AGENDA_ITEM, query.itemId().value(),
                told.describer().itemTitle(query.itemId()), told.meeting(query.meetingId()), told.entries(),
                query.asOf());
    }

    @QueryHandler
    public ItemHistory handle(FindDecisionHistory query) {
        List<RecordedEvent> events = meeting(query.meetingId().toString(), query.asOf());
        boolean known = events.stream().anyMatch(recorded -> recorded.payload() instanceof DecisionRecorded decision
                && query.decisionId().equals(decision.decisionId()));
        if (!known) {
            throw new NotFound("Beslutningen findes ikke på mødet: " + query.decisionId());
        }
        Told told = tell(events, HistoryScope.decision(query.decisionId()), query.language(), query.asOf());
        return new ItemHistory(HistorySubject.DECISION, query.decisionId().value(),
                told.describer().decisionText(query.decisionId()), told.meeting(query.meetingId()),
                told.entries(), query.asOf());
    }

    @QueryHandler
    public ItemHistory handle(FindBodyHistory query) {
        List<RecordedEvent> events = events(query.bodyId().toString(), query.asOf(), BodyEvent.class);
        if (events.isEmpty()) {
            throw new NotFound("Organet findes ikke: " + query.bodyId());
        }
        Told told = tell(events, HistoryScope.whole(), query.language(), query.asOf());
        String name = told.describer().establishedName(query.bodyId());
        return new ItemHistory(HistorySubject.BODY, query.bodyId().value(),
                name != null ? name : told.names().bodyName(query.bodyId()), null, told.entries(), query.asOf());
    }

    @QueryHandler
    public ItemHistory handle(FindPersonHistory query) {
        List<RecordedEvent> events = events(query.personId().toString(), query.asOf(), PersonEvent.class);
        if (events.isEmpty()) {
            throw new NotFound("Personen findes ikke: " + query.personId());
        }
        Told told = tell(events, HistoryScope.whole(), query.language(), query.asOf());
        // the name as recorded at asOf, revealed as today, so that an erased person stays erased here too
        return new ItemHistory(HistorySubject.PERSON, query.personId().value(), told.names().personName(query.personId()),
                null, told.entries(), query.asOf());
    }

    private record Told(List<ItemHistory.Entry> entries, EventDescriber describer, Names names) {

        /** The meeting these events are of, with its body and start as last recorded among them. */
        ItemHistory.MeetingRef meeting(MeetingId meetingId) {
            return new ItemHistory.MeetingRef(meetingId, describer.meetingBody(), names.bodyName(describer.meetingBody()),
                    describer.meetingStart());
        }
    }

    private List<RecordedEvent> meeting(String meetingId, Instant asOf) {
        List<RecordedEvent> events = events(meetingId, asOf, MeetingEvent.class);
        if (events.isEmpty()) {
            throw new NotFound("Mødet findes ikke: " + meetingId);
        }
        read.requireAnyOf(bodiesHolding(events));
        return events;
    }

    /** The bodies holding the meeting by its events: the one that called it, and those that hold it jointly. */
    private static List<BodyId> bodiesHolding(List<RecordedEvent> events) {
        List<BodyId> bodies = new ArrayList<>();
        for (RecordedEvent recorded : events) {
            if (recorded.payload() instanceof MeetingScheduled scheduled) {
                bodies.add(scheduled.bodyId());
            } else if (recorded.payload() instanceof JointBodyAdded added) {
                bodies.add(added.bodyId());
            } else if (recorded.payload() instanceof JointBodyWithdrawn withdrawn) {
                bodies.remove(withdrawn.bodyId());
            }
        }
        return bodies;
    }

    /**
     * The aggregate's events of {@code type}, and those of its kind that cannot be read (told as unreadable, issue
     * 13): a history shows what is there rather than failing on one event.
     */
    private List<RecordedEvent> events(String aggregateId, Instant asOf, Class<?> type) {
        String aggregateType = type.getSimpleName().replaceFirst("Event$", "");
        List<RecordedEvent> events = new ArrayList<>();
        history.replayAggregateTellingUnreadable(aggregateId, asOf, recorded -> {
            if (type.isInstance(recorded.payload()) || recorded.payload() instanceof UnreadableEvent
                    && aggregateType.equals(recorded.aggregateType())) {
                events.add(recorded);
            }
        });
        return events;
    }

    private Told tell(List<RecordedEvent> events, HistoryScope scope, String language, Instant asOf) {
        Names names = organisation.names(ItemHistories.people(events), asOf);
        EventDescriber describer = new EventDescriber(names, HistoryWords.of(language), people.personalData());
        List<ItemHistory.Entry> entries = ItemHistories.entries(events, scope, describer, names);
        return new Told(entries, describer, names);
    }

}
