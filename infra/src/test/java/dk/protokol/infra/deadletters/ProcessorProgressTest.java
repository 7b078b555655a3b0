package dk.protokol.infra.deadletters;

import dk.protokol.query.common.StoredTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The lag of a view counts a segment this node works on where it has come, not where its token was last stored: a
 * segment whose share of a burst is empty stores its token only when it extends its claim (issue 15).
 */
class ProcessorProgressTest {

    private final java.util.List<Segment> halves = Segment.splitBalanced(Segment.ROOT_SEGMENT, 1);
    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final StoredTokens tokens = mock(StoredTokens.class);
    private final ProcessorProgress progress;

    ProcessorProgressTest() {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of("minutes", processor));
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.queryForObject(anyString(), eq(Long.class))).thenReturn(100L);
        // segment 0 handled the burst and stored its token; segment 1 had nothing to do and has not stored it yet
        when(tokens.positions("minutes")).thenReturn(Map.of(halves.get(0), 100L, halves.get(1), 60L));
        progress = new ProcessorProgress(processing, tokens, jdbc, Clock.systemUTC(), Duration.ofMinutes(2));
    }

    private static EventTrackerStatus at(long position, boolean error) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        when(status.isErrorState()).thenReturn(error);
        when(status.getSegment()).thenReturn(Segment.ROOT_SEGMENT);
        return status;
    }

    @Test
    void aSegmentThisNodeHasTakenToTheHeadIsNotLaggingThoughItsTokenIsStoredLater() {
        Map<Integer, EventTrackerStatus> both = Map.of(0, at(100, false), 1, at(100, false));
        when(processor.processingStatus()).thenReturn(both);
        assertThat(progress.lag("minutes")).isZero();
    }

    @Test
    void aSegmentAnotherNodeHoldsCountsByItsStoredTokenAndOneInErrorByItsTokenToo() {
        Map<Integer, EventTrackerStatus> one = Map.of(0, at(100, false));
        when(processor.processingStatus()).thenReturn(one);
        assertThat(progress.lag("minutes")).isEqualTo(40);
        Map<Integer, EventTrackerStatus> failing = Map.of(0, at(100, false), 1, at(100, true));
        when(processor.processingStatus()).thenReturn(failing);
        assertThat(progress.lag("minutes")).isEqualTo(40);
    }
}
