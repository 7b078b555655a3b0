package dk.protokol.query.history;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.common.Stamp;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.query.common.UnreadableEvent;
import dk.protokol.query.organisation.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns an aggregate's recorded events into history entries: the {@link EventDescriber} learns from every event (so
 * that later sentences can name what earlier ones recorded) and tells those in the {@link HistoryScope}. Who
 * did it is read from the event's metadata ({@link Stamp}): the linked person's name, else the account's username.
 * Pure: the events and the names in, the entries out.
 */
public final class ItemHistories {

    private ItemHistories() {
    }

    public static List<ItemHistory.Entry> entries(List<RecordedEvent> events, HistoryScope scope,
                                                  EventDescriber describer, Names names) {
        List<ItemHistory.Entry> entries = new ArrayList<>();
        for (RecordedEvent recorded : events) {
            Object event = recorded.payload();
            // an unreadable event may belong to any item: it is told in every history of its aggregate
            if (!(event instanceof UnreadableEvent) && !scope.includes(event)) {
                describer.learn(event);
                continue;
            }
            EventDescriber.Description description = describer.describe(event);
            Stamp stamp = Stamp.of(recorded);
            entries.add(new ItemHistory.Entry(recorded.position(), recorded.recordedAt(),
                    event instanceof UnreadableEvent unreadable ? unreadable.simpleType()
                            : event == null ? null : event.getClass().getSimpleName(), who(stamp, names), stamp.userId(),
                    stamp.personId(), description.what(), description.details()));
        }
        return entries;
    }

    /** The person's name as the people view has it, else the account's username; null when neither is known. */
    static String who(Stamp stamp, Names names) {
        String name = names.personName(stamp.personId());
        if (name != null && !name.isBlank()) {
            return name;
        }
        return stamp.userId();
    }

    /** Everyone the events name, and everyone who recorded them. */
    public static Set<PersonId> people(List<RecordedEvent> events) {
        return events.stream()
                .flatMap(recorded -> Stream.concat(EventDescriber.peopleNamed(recorded.payload()),
                        Stream.ofNullable(Stamp.of(recorded).personId())))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    public static Set<BodyId> bodies(List<RecordedEvent> events) {
        return events.stream().flatMap(recorded -> EventDescriber.bodiesNamed(recorded.payload()))
                .collect(Collectors.toSet());
    }
}
