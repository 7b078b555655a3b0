package dk.protokol.infra.audit;

import dk.protokol.infra.ProtokolApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar protokol.jar import export.ndjson [--spring.datasource.url=…]}: loads an export into an empty
 * installation (the configured database), without demo data, then stops (a web server on a free local port only
 * for as long as it runs). The views replay
 * the imported events at the next start (or at once, while this runs). Exit 0 when imported, 1 when the export is not
 * whole or the store is not empty, 2 when the file cannot be read.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.isEmpty() || arguments.get(0).startsWith("--")) {
            err.println("Brug: java -jar protokol.jar import <eksport.ndjson> [--spring.datasource.url=…]");
            return OfflineVerifier.UNREADABLE;
        }
        Path file = Path.of(arguments.get(0));
        if (!Files.isReadable(file)) {
            err.println("Eksporten kan ikke læses: " + file.getFileName());
            return OfflineVerifier.UNREADABLE;
        }
        List<String> settings = new ArrayList<>(arguments.subList(1, arguments.size()));
        settings.add("--protokol.demo-data=false");
        // the security configuration is a web application's: a server on a free local port, closed when done
        settings.add("--server.port=0");
        settings.add("--server.address=127.0.0.1");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ProtokolApplication.class)
                .run(settings.toArray(String[]::new));
             BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            AuditImport.Imported imported = app.getBean(AuditImport.class).load(lines, "import");
            out.println("Indlæst: " + imported.events() + " hændelser, kædens hash " + imported.head()
                    + " ved position " + imported.headPosition() + ".");
            return OfflineVerifier.WHOLE;
        } catch (AuditImport.StoreNotEmpty | AuditImport.NotWhole e) {
            err.println("Ikke indlæst: " + e.getMessage());
            return OfflineVerifier.BROKEN;
        } catch (IOException e) {
            err.println("Eksporten kan ikke læses: " + e.getMessage());
            return OfflineVerifier.UNREADABLE;
        }
    }
}
