package dk.protokol.infra.startup;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java (a Spring bean; Spring Boot hands {@code JavaMigration} beans to Flyway): its
 * number, its description, a fixed checksum (its number: the code is the migration, and changing a migration that
 * ran is not done), and one transaction.
 */
public abstract class NumberedJavaMigration implements JavaMigration {

    private final int number;
    private final String description;

    protected NumberedJavaMigration(int number, String description) {
        this.number = number;
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(number));
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return number;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
