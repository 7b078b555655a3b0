package dk.protokol.query.publication;

import dk.protokol.events.ids.BodyId;
import dk.protokol.query.minutes.MinutesView;

import java.util.List;

/**
 * A publishing body's public page: its name and partnership, and its approved minutes, newest first (each as the
 * minutes read, approved ones only; names of erased people are erased there as everywhere).
 */
public record PublishedBody(BodyId bodyId, String name, String organisation, List<MinutesView> minutes) {

    public PublishedBody {
        minutes = List.copyOf(minutes);
    }
}
