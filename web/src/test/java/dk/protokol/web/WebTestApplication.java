package dk.protokol.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the web slice tests start from; the running application lives in infra. */
@SpringBootApplication
public class WebTestApplication {
}
