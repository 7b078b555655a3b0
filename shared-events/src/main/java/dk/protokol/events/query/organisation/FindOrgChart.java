package dk.protokol.events.query.organisation;

import dk.protokol.events.ids.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The org chart of {@code organisation} (all when null) on {@code on} (today when null), as known at {@code asOf}.
 * With {@code seatedPersonId} (live only, issue 15): only the bodies in which that person has held a seat and the
 * bodies those are related to, each with all of its members, as in the whole chart; what a page needs to know about
 * its viewer, without reading the whole organisation.
 */
public record FindOrgChart(String organisation, LocalDate on, Instant asOf, PersonId seatedPersonId) {

    public FindOrgChart(String organisation, LocalDate on, Instant asOf) {
        this(organisation, on, asOf, null);
    }
}
