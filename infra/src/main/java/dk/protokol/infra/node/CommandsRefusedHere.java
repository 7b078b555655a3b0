package dk.protokol.infra.node;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A command sent on a query node (profile {@code query-node}): nothing was recorded, and another node takes it. The
 * API answers 503 problem+json (see {@link QueryNodeRefusesCommands}); a page's form gets the error page with 503.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class CommandsRefusedHere extends RuntimeException {

    public static final String MESSAGE = "Denne server tager ikke imod ændringer (den besvarer kun opslag og sider). "
            + "Intet er registreret. Send ændringen til en server, der tager imod ændringer, eller prøv igen "
            + "(med samme Idempotency-Key).";

    public CommandsRefusedHere(String command) {
        super(MESSAGE + " (" + command + ")");
    }
}
