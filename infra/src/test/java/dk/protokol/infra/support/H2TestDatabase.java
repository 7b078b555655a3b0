package dk.protokol.infra.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default for a test context: a fresh H2 file database in PostgreSQL mode, in a directory of its own, as
 * {@code java -jar} starts without settings (application.yml's URL). The twin of {@link PostgresTestDatabase}: a view
 * test that runs on PostgreSQL runs here as well (issue 13: where H2 and PostgreSQL differ — encodings, lengths,
 * collation, full-text search — both are asked).
 */
public class H2TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path directory;
        try {
            directory = Files.createTempDirectory("protokol-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        directory.toFile().deleteOnExit();
        PropertySource<?> inlined = context.getEnvironment().getPropertySources().get("Inlined Test Properties");
        boolean testChoosesDemoData = inlined != null && inlined.containsProperty("protokol.demo-data");
        TestPropertyValues.of("protokol.data-dir=" + directory, "protokol.test.database=h2:" + directory.getFileName())
                .and(testChoosesDemoData ? "protokol.test.demo-data-chosen=true" : "protokol.demo-data=false")
                .applyTo(context.getEnvironment());
    }
}
