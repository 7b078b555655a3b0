package dk.protokol.infra.config;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock. Event timestamps (recording time, {@code asOf}) come from it too: Axon reads a static
 * clock, which is pointed at this bean so that tests that set the clock also set event times.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Meetings, due dates and "today" are judged in Danish local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(ZONE);
    }

    @Bean
    public Object axonClockBinding(Clock clock) {
        GenericEventMessage.clock = clock;
        return new Object();
    }
}
