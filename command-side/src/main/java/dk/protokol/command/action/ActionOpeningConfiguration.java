package dk.protokol.command.action;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's default for a failing event handler is to log and go on. Here that would store an agreed action that
 * never became an ActionItem, so a failure to open it propagates into the meeting's unit of work and rolls the
 * whole command back.
 */
@Configuration(proxyBeanMethods = false)
public class ActionOpeningConfiguration {

    @Bean
    public ConfigurerModule actionOpeningPropagatesFailures() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(ActionItemOpener.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance())
                .registerErrorHandler(ActionItemOpener.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
