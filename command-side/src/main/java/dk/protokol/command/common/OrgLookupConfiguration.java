package dk.protokol.command.common;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's default for a failing event handler is to log and go on. For the lookup that would commit events
 * whose lookup rows are missing (a cycle check that no longer sees an edge), so its failures propagate
 * into the command's unit of work and roll the whole command back.
 */
@Configuration(proxyBeanMethods = false)
public class OrgLookupConfiguration {

    @Bean
    public ConfigurerModule orgLookupPropagatesFailures() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(LookupRecorder.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance())
                .registerErrorHandler(LookupRecorder.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
