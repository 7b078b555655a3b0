package dk.protokol.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The running system: command side, query side and pages in one process (split by profiles when needed). */
@SpringBootApplication(scanBasePackages = "dk.protokol")
public class ProtokolApplication {

    public static void main(String[] args) {
        // No phoning home: a public body's system talks to no one it was not configured to.
        if (System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
            System.setProperty("disable-axoniq-console-message", "true");
        }
        SpringApplication.run(ProtokolApplication.class, args);
    }
}
