package dk.protokol.events.query.minutes;

import dk.protokol.events.ids.BodyId;

import java.util.Objects;

/**
 * Whether the body has opened its approved minutes to every signed-in user (the body setting of
 * {@code OpenApprovedMinutes}); answers a {@link Boolean}. Asked by the administrator's body page.
 */
public record FindApprovedMinutesOpen(BodyId bodyId) {

    public FindApprovedMinutesOpen {
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
