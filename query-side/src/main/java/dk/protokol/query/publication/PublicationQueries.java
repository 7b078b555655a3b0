package dk.protokol.query.publication;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.query.publication.FindPublishedMinutes;
import dk.protokol.events.query.publication.FindPublishingBodies;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.minutes.MinutesQueries;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.minutes.MinutesSettings;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.BodyView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The public side of a body's minutes (issue 14): what a body that publishes its approved minutes shows without
 * login. Answers only for publishing bodies and only approved minutes; everything else is not found, the same for
 * a body that does not exist and one that does not publish, so the public page tells nothing of bodies that keep
 * their minutes to themselves.
 */
@Component
public class PublicationQueries {

    private final MinutesSettings published;
    private final MinutesQueries minutes;
    private final BodyProjection bodies;

    public PublicationQueries(MinutesSettings published, MinutesQueries minutes, BodyProjection bodies) {
        this.published = published;
        this.minutes = minutes;
        this.bodies = bodies;
    }

    @QueryHandler
    public PublishedBody handle(FindPublishedMinutes query) {
        BodyView body = publishing(query.bodyId());
        List<MinutesView> approved = minutes.published(query.bodyId());
        return new PublishedBody(body.id(), body.name(), body.organisation(), approved);
    }

    @QueryHandler
    public List<BodyRef> handle(FindPublishingBodies query) {
        Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
        return published.bodies().stream()
                .map(id -> bodies.find(id).orElse(null))
                .filter(Objects::nonNull)
                .map(body -> new BodyRef(body.id(), body.name()))
                .sorted(Comparator.comparing(BodyRef::name, danish))
                .toList();
    }

    /** The body, if it publishes; otherwise not found (also for an unknown body). */
    public BodyView publishing(BodyId body) {
        if (!published.publishes(body)) {
            throw new NotFound("Organet offentliggør ikke sine referater: " + body);
        }
        return bodies.find(body).orElseThrow(() -> new NotFound("Organet findes ikke: " + body));
    }
}
