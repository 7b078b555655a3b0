package dk.protokol.infra.mail;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The mail's processing group starts at the head of the store: an installation that gets mail (or a store that
 * already holds years of meetings) must not mail its past. The sender and the reminders are scheduled.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class MailConfiguration {

    @Bean
    public ConfigurerModule mailProcessing() {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                        MailProcessor.PROCESSING_GROUP,
                        (config, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
            }
        };
    }
}
