package dk.protokol.infra.organisation;

import dk.protokol.infra.support.H2TestDatabase;
import org.springframework.test.context.ContextConfiguration;

/** {@link OrganisationViewsOnPostgresTest} on the embedded default, H2 in PostgreSQL mode (issue 13: both databases asked). */
@ContextConfiguration(initializers = H2TestDatabase.class, inheritInitializers = false)
class OrganisationViewsOnH2Test extends OrganisationViewsOnPostgresTest {
}
