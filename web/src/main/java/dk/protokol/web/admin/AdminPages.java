package dk.protokol.web.admin;

import dk.protokol.events.query.organisation.FindPeople;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.organisation.OrganisationQueries;
import dk.protokol.query.organisation.PersonView;
import dk.protokol.web.common.Queries;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the administrator's pages share: today in Danish time (the injected clock), read-your-writes after a save
 * (the organisation's views), and the people to choose from.
 */
class AdminPages {

    private final Queries queries;
    private final ObjectProvider<ReadYourWrites> readYourWrites;
    private final ObjectProvider<Clock> clock;

    AdminPages(Queries queries, ObjectProvider<ReadYourWrites> readYourWrites, ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/Copenhagen"))));
    }

    /** Waits for the organisation's views to reach the position a save answered; false when they did not in time. */
    boolean current(Long minPosition) {
        ReadYourWrites waiting = readYourWrites.getIfAvailable();
        return minPosition == null || waiting == null
                || waiting.await(minPosition, OrganisationQueries.PROCESSING_GROUPS);
    }

    /** Everyone registered, in Danish order of names. */
    List<PersonView> people() {
        return queries.list(new FindPeople(null), PersonView.class);
    }
}
