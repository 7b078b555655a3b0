package dk.protokol.infra.minutes;

import dk.protokol.infra.support.H2TestDatabase;
import org.springframework.test.context.ContextConfiguration;

/** {@link ItemHistoryOnPostgresTest} on the embedded default, H2 in PostgreSQL mode (issue 13: both databases asked). */
@ContextConfiguration(initializers = H2TestDatabase.class, inheritInitializers = false)
class ItemHistoryOnH2Test extends ItemHistoryOnPostgresTest {
}
