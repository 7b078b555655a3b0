package dk.protokol.infra.eventstore;

import dk.protokol.infra.config.SerializerConfiguration;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: adds to the golden corpus the stored forms it lacks, by serialising {@link GoldenEvents}' entries with
 * the application's event serializer, and writes them into the module's sources ({@code src/test/resources/
 * golden-events}). It never overwrites a file: what is in the corpus is frozen. Runs only when asked, by hand:
 * <pre>
 * ./mvnw -o -B test -pl infra -am -Dtest=GoldenCorpusGenerator -Dgolden-corpus.generate=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dspring-boot.repackage.skip=true
 * </pre>
 * then look at the new files, run {@code GoldenCorpusTest} and commit them.
 */
@EnabledIfSystemProperty(named = "golden-corpus.generate", matches = "true")
class GoldenCorpusGenerator {

    @Test
    void writesTheStoredFormsTheCorpusLacks() throws IOException {
        Serializer serializer = new SerializerConfiguration().eventSerializer();
        Path corpus = GoldenCorpus.sourceDirectory();
        List<String> written = new ArrayList<>();
        for (GoldenEvents.Entry entry : GoldenEvents.all()) {
            Path json = corpus.resolve(entry.type().getSimpleName()).resolve(GoldenCorpus.fileName(entry.revision(),
                    "json"));
            if (Files.exists(json)) {
                continue;
            }
            boolean ownShape = entry.written().getClass() == entry.type();
            if (ownShape) {
                // the class's own shape is the shape of its current revision only
                assertThat(entry.revision())
                        .as("%s revision %s: an older revision is written from a record of its own shape",
                                entry.type().getSimpleName(), entry.revision())
                        .isEqualTo(GoldenCorpus.currentRevision(entry.type()));
            }
            SerializedObject<byte[]> serialized = serializer.serialize(entry.written(), byte[].class);
            if (ownShape) {
                assertThat(serialized.getType().getName()).isEqualTo(entry.payloadType());
                assertThat(serialized.getType().getRevision()).isEqualTo(entry.revision());
            }
            GoldenCorpus.write(corpus, entry, serialized.getData());
            written.add(json.toString());
        }
        System.out.println("Golden corpus: wrote " + written.size() + " stored forms" + (written.isEmpty() ? ""
                : ":\n  " + String.join("\n  ", written)));
    }
}
