package dk.protokol.infra.security;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Copies the audit metadata of a command onto every event (and command) sent while handling it. Axon's
 * Spring Boot autoconfiguration registers all {@code CorrelationDataProvider} beans, but its default
 * {@code MessageOriginProvider} backs off as soon as one is declared, so it is declared here again.
 * <p>
 * Its keys are renamed: by default it writes the handled message's identifier under {@code correlationId},
 * which would overwrite the request's correlation id. That value is really the causation id.
 */
@Configuration(proxyBeanMethods = false)
public class AuditMetadataConfiguration {

    @Bean
    public CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(
                AuditMetadata.USER_ID, AuditMetadata.PERSON_ID, AuditMetadata.CORRELATION_ID);
    }

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(AuditMetadata.CAUSATION_ID, AuditMetadata.TRACE_ID);
    }
}
