package dk.protokol.query.actions;

import dk.protokol.events.action.ActionItemEvent;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.query.common.EventHistory;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.query.common.Stamp;
import dk.protokol.query.organisation.BodyFold;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.Names;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A history written by a test: events recorded at chosen instants, by a chosen user, folded with the
 * production folds as the live projections would fold them, and offered as a fake {@link EventHistory}
 * (up to and including {@code asOf}, in recording order) for the as-of replays.
 */
public final class Script {

    private final List<RecordedEvent> recorded = new ArrayList<>();
    private final Map<BodyId, BodyView> bodies = new LinkedHashMap<>();
    private final Map<MeetingId, MeetingDigest> meetings = new LinkedHashMap<>();
    private final Map<ActionId, ActionState> actions = new LinkedHashMap<>();
    private final Map<PersonId, String> people = new HashMap<>();

    /** Noon, Danish time, on a business day: when the script records what happened that day. */
    public static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(Stamp.DANISH_TIME).toInstant();
    }

    public Script on(LocalDate day, Object... events) {
        return at(noon(day), "sekretaer", null, events);
    }

    public Script at(Instant at, String userId, PersonId personId, Object... events) {
        for (Object event : events) {
            record(at, userId, personId, event);
        }
        return this;
    }

    private void record(Instant at, String userId, PersonId personId, Object event) {
        Map<String, Object> metaData = new HashMap<>();
        if (userId != null) {
            metaData.put(Stamp.USER_ID, userId);
        }
        if (personId != null) {
            metaData.put(Stamp.PERSON_ID, personId.toString());
        }
        String type;
        String id;
        if (event instanceof ActionItemEvent e) {
            type = "ActionItem";
            id = e.actionId().toString();
            actions.compute(e.actionId(), (key, state) -> ActionFold.apply(state, e, Stamp.of(at, metaData)));
        } else if (event instanceof MeetingEvent e) {
            type = "Meeting";
            id = e.meetingId().toString();
            meetings.compute(e.meetingId(), (key, state) -> MeetingDigestFold.apply(state, e));
        } else if (event instanceof BodyEvent e) {
            type = "Body";
            id = e.bodyId().toString();
            bodies.compute(e.bodyId(), (key, state) -> BodyFold.apply(state, e));
        } else if (event instanceof PersonEvent e) {
            type = "Person";
            id = e.personId().toString();
            if (e instanceof PersonRegistered registered) {
                people.put(registered.personId(), registered.name());
            }
        } else {
            throw new IllegalArgumentException("not an event of ours: " + event);
        }
        long sequence = recorded.stream().filter(r -> r.aggregateId().equals(id)).count();
        recorded.add(new RecordedEvent(recorded.size() + 1, at, type, id, sequence, event, Map.copyOf(metaData)));
    }

    public Map<BodyId, BodyView> bodies() {
        return bodies;
    }

    public BodyView body(BodyId id) {
        return bodies.get(id);
    }

    public Map<MeetingId, MeetingDigest> meetings() {
        return meetings;
    }

    public Map<ActionId, ActionState> actions() {
        return actions;
    }

    public ActionState action(ActionId id) {
        return actions.get(id);
    }

    public List<RecordedEvent> recorded() {
        return List.copyOf(recorded);
    }

    /** The names the views are read with: every person registered, every body established. */
    public Names names() {
        Map<BodyId, String> bodyNames = new HashMap<>();
        bodies.forEach((id, body) -> bodyNames.put(id, body.name()));
        return new Names(people, bodyNames);
    }

    public EventHistory history() {
        List<RecordedEvent> store = recorded();
        return new EventHistory() {
            @Override
            public void replay(Set<String> aggregateTypes, Instant asOf, Consumer<RecordedEvent> sink) {
                store.stream()
                        .filter(event -> aggregateTypes.contains(event.aggregateType()))
                        .filter(event -> asOf == null || !event.recordedAt().isAfter(asOf))
                        .forEach(sink);
            }

            @Override
            public void replayAggregate(String aggregateId, Instant asOf, Consumer<RecordedEvent> sink) {
                store.stream()
                        .filter(event -> event.aggregateId().equals(aggregateId))
                        .filter(event -> asOf == null || !event.recordedAt().isAfter(asOf))
                        .forEach(sink);
            }
        };
    }
}
