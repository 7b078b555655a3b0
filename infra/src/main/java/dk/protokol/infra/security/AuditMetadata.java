package dk.protokol.infra.security;

/**
 * The metadata keys that say who did what (DESIGN.md principle 6). Every command gets them when it is sent
 * ({@link CommandMetadataInterceptor}) and every event its handler applies inherits them
 * ({@link AuditMetadataConfiguration}), so the audit log can answer "who, and in which request".
 */
public final class AuditMetadata {

    /** The username of the signed-in user, or {@link #SYSTEM} for work nobody asked for in person. */
    public static final String USER_ID = "userId";
    /** The person the user's account is linked to, when it is linked. */
    public static final String PERSON_ID = "personId";
    /** One id per HTTP request (header {@code X-Correlation-Id}), shared by all its commands and events. */
    public static final String CORRELATION_ID = "correlationId";
    /** The identifier of the message that caused this one (Axon's MessageOriginProvider, renamed). */
    public static final String CAUSATION_ID = "causationId";
    /** The identifier of the first message of the chain (Axon's MessageOriginProvider). */
    public static final String TRACE_ID = "traceId";

    public static final String SYSTEM = "system";

    private AuditMetadata() {
    }
}
