package dk.protokol.infra.support;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.awaitility.Awaitility.await;

/** Instants to ask {@code asOf} with, between the events recorded before and those recorded after. */
public final class RecordingTime {

    private RecordingTime() {
    }

    /**
     * Now by the clock events are stamped with, answered once that clock has reached a later millisecond: the
     * store keeps event times to the millisecond, so an event recorded within the same millisecond would read
     * as recorded at or before the answer.
     */
    public static Instant asOfNow() {
        Instant now = GenericEventMessage.clock.instant();
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(1))
                .until(() -> GenericEventMessage.clock.instant().truncatedTo(ChronoUnit.MILLIS).isAfter(now));
        return now;
    }
}
