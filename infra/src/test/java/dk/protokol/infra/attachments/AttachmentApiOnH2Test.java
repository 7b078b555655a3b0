package dk.protokol.infra.attachments;

import dk.protokol.infra.support.H2TestDatabase;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link AttachmentApiOnPostgresTest} on the embedded default, H2 in PostgreSQL mode: the bytes in {@code bytea}, the
 * insert-if-absent ({@code ON CONFLICT DO NOTHING}) and the download as on PostgreSQL.
 */
@ContextConfiguration(initializers = H2TestDatabase.class, inheritInitializers = false)
class AttachmentApiOnH2Test extends AttachmentApiOnPostgresTest {
}
