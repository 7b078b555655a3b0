package dk.protokol.query.statistics;

import dk.protokol.events.query.statistics.FindStatistics;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.query.common.InvalidQuery;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.common.ReadAccess;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.Names;
import dk.protokol.query.organisation.PersonProjection;
import dk.protokol.query.organisation.PersonView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers a body's figures from the live views: the body (cadence, memberships) from "bodies", its
 * meetings and actions from "actions", names from "people"; the figures themselves are {@link Statistics}.
 */
@Component
public class StatisticsQueries {

    private final BodyProjection bodies;
    private final PersonProjection people;
    private final ActionProjection actions;
    private final Clock clock;
    private final ReadAccess read;

    public StatisticsQueries(BodyProjection bodies, PersonProjection people, ActionProjection actions, Clock clock,
                             ReadAccess read) {
        this.read = read;
        this.bodies = bodies;
        this.people = people;
        this.actions = actions;
        this.clock = clock;
    }

    @QueryHandler
    public BodyStatistics handle(FindStatistics query) {
        read.requireBody(query.bodyId());
        LocalDate to = query.to() != null ? query.to() : LocalDate.now(clock);
        LocalDate from = query.from() != null ? query.from() : to.minusYears(1).plusDays(1);
        if (from.isAfter(to)) {
            throw InvalidQuery.of("from", "Perioden skal begynde senest den dag, den slutter (from <= to).");
        }
        BodyView body = bodies.find(query.bodyId())
                .orElseThrow(() -> new NotFound("Organet findes ikke: " + query.bodyId()));
        Map<PersonId, String> names = people.find(Statistics.people(body)).stream()
                .filter(person -> person.name() != null)
                .collect(Collectors.toMap(PersonView::id, PersonView::name));
        return Statistics.of(body, actions.meetings().ofBody(body.id(), null, null), actions.ofBody(body.id()),
                from, to, new Names(names, body.name() == null ? Map.of() : Map.of(body.id(), body.name())));
    }
}
