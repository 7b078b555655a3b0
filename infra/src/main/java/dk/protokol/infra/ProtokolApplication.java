package dk.protokol.infra;

import dk.protokol.infra.audit.ImportCommand;
import dk.protokol.infra.audit.OfflineVerifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.List;

/** The running system: command side, query side and pages in one process (split by profiles when needed). */
@SpringBootApplication(scanBasePackages = "dk.protokol")
public class ProtokolApplication {

    public static void main(String[] args) {
        // No phoning home: a public body's system talks to no one it was not configured to.
        if (System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
            System.setProperty("disable-axoniq-console-message", "true");
        }
        // java -jar protokol.jar verify export.ndjson [--checkpoint FILE]: the offline verifier, no server, no database
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(OfflineVerifier.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        // java -jar protokol.jar import export.ndjson: an export loaded into an empty installation, then stop
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        SpringApplication.run(ProtokolApplication.class, args);
    }
}
