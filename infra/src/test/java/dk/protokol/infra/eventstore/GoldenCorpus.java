package dk.protokol.infra.eventstore;

import org.axonframework.serialization.AnnotationRevisionResolver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * The golden corpus on disk: {@code golden-events/<SimpleName>/rev-<N>.json} holds the exact bytes the event
 * serializer wrote into the store's {@code payload} column, {@code rev-<N>.properties} beside it the
 * {@code payload_type}, {@code payload_revision} and aggregate {@code type} columns of that row. The files are
 * frozen: tests only read them; {@link GoldenCorpusGenerator}, run by hand, only adds missing ones.
 */
final class GoldenCorpus {

    static final String ROOT = "golden-events";

    /** One stored form as the store's row holds it. */
    record StoredForm(String name, String payloadType, String revision, String aggregateType, byte[] payload) {
        @Override
        public String toString() {
            return name + " revision " + revision;
        }
    }

    private GoldenCorpus() {
    }

    /** Every stored form of the corpus on the test class path, by name and revision. */
    static List<StoredForm> read() {
        List<StoredForm> forms = new ArrayList<>();
        try {
            Resource[] descriptions = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + ROOT + "/*/rev-*.properties");
            for (Resource description : descriptions) {
                Properties columns = new Properties();
                try (Reader reader = new InputStreamReader(description.getInputStream(),
                        StandardCharsets.UTF_8)) {
                    columns.load(reader);
                }
                String revision = columns.getProperty("payloadRevision");
                Resource payload = description.createRelative("rev-" + revision + ".json");
                try (InputStream in = payload.getInputStream()) {
                    String[] path = description.getURL().getPath().split("/");
                    String name = path[path.length - 2];
                    forms.add(new StoredForm(name, columns.getProperty("payloadType"), revision,
                            columns.getProperty("aggregateType"), in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        forms.sort(Comparator.comparing(StoredForm::name).thenComparing(StoredForm::revision));
        return forms;
    }

    /** The revision Axon's serializer writes for {@code type} today ({@code @Revision}; null without one). */
    static String currentRevision(Class<?> type) {
        return new AnnotationRevisionResolver().revisionOf(type);
    }

    static String fileName(String revision, String extension) {
        return "rev-" + revision + "." + extension;
    }

    /** The corpus in the module's sources (where the generator adds to it), from the module or the project root. */
    static Path sourceDirectory() {
        Path inModule = Path.of("src", "test", "resources", ROOT);
        Path fromRoot = Path.of("infra").resolve(inModule);
        return Files.isDirectory(inModule) || !Files.isDirectory(fromRoot) ? inModule : fromRoot;
    }

    /** Writes one stored form; never over a file that is there. */
    static void write(Path directory, GoldenEvents.Entry entry, byte[] payload) throws IOException {
        Path folder = directory.resolve(entry.type().getSimpleName());
        Files.createDirectories(folder);
        Path json = folder.resolve(fileName(entry.revision(), "json"));
        Path description = folder.resolve(fileName(entry.revision(), "properties"));
        if (Files.exists(json) || Files.exists(description)) {
            throw new IllegalStateException("The corpus is frozen; not overwriting " + json);
        }
        Files.write(json, payload);
        Files.writeString(description, "# " + entry.type().getSimpleName() + " revision " + entry.revision()
                + " as the store holds it: its columns here, the payload column's bytes in "
                + fileName(entry.revision(), "json") + ".\n"
                + "# Frozen: written once by GoldenCorpusGenerator; never edit or regenerate.\n"
                + "payloadType=" + entry.payloadType() + "\n"
                + "payloadRevision=" + entry.revision() + "\n"
                + (entry.aggregateType() == null ? "# no aggregate: an event published without one (type NULL)\n"
                : "aggregateType=" + entry.aggregateType() + "\n"), StandardCharsets.UTF_8);
    }
}
