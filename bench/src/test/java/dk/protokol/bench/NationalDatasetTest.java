package dk.protokol.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator gives the same events for the same seed, and other events for another. */
class NationalDatasetTest {

    private static List<NationalDataset.Generated> generate(long seed) throws Exception {
        List<NationalDataset.Generated> events = new ArrayList<>();
        new NationalDataset(new NationalDataset.Settings(seed, 2, 2013, 3)).generate(events::add);
        return events;
    }

    @Test
    void theSameSeedGivesTheSameEventsInTheSameOrder() throws Exception {
        List<NationalDataset.Generated> first = generate(15);
        List<NationalDataset.Generated> second = generate(15);
        assertThat(first).hasSizeGreaterThan(1000);
        // records all the way down (ids, payloads, times, metadata): equal field by field
        assertThat(second).isEqualTo(first);
        assertThat(generate(16)).isNotEqualTo(first);
    }

    @Test
    void eachAggregatesSequenceRunsFromZeroWithoutGapsAndTimeNeverGoesBack() throws Exception {
        java.util.Map<String, Long> next = new java.util.HashMap<>();
        java.time.Instant last = java.time.Instant.EPOCH;
        for (NationalDataset.Generated event : generate(15)) {
            long expected = next.getOrDefault(event.aggregateId(), 0L);
            assertThat(event.sequence()).as(event.aggregateType() + " " + event.aggregateId()).isEqualTo(expected);
            next.put(event.aggregateId(), expected + 1);
            assertThat(event.timestamp()).isAfter(last);
            last = event.timestamp();
        }
    }

    @Test
    void aTargetSizeIsMetWithinOnePartnership() throws Exception {
        long one = new NationalDataset(new NationalDataset.Settings(15, 1, 2013, 12)).generate(event -> { });
        NationalDataset.Settings settings = NationalDataset.forEvents(100_000, 15, 2013, 12);
        NationalDataset dataset = new NationalDataset(settings);
        long events = dataset.generate(event -> { });
        assertThat(events).isBetween(100_000 - one, 100_000 + one);
        assertThat(dataset.counts().events).isEqualTo(events);
        assertThat(dataset.counts().meetings).isEqualTo(settings.partnerships() * 5L * 4 * 12);
    }
}
