package dk.protokol.infra.mail;

import dk.protokol.infra.support.H2TestDatabase;
import org.springframework.test.context.ContextConfiguration;

/** {@link OutboxStoreOnPostgresTest} on the embedded default, H2 in PostgreSQL mode (the claim's SKIP LOCKED too). */
@ContextConfiguration(initializers = H2TestDatabase.class, inheritInitializers = false)
class OutboxStoreOnH2Test extends OutboxStoreOnPostgresTest {
}
