package dk.protokol.infra.web;

import dk.protokol.events.command.FieldMessage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * NUL and the other control characters (tab, CR and LF aside) never reach the database (issue 11: a NUL in
 * {@code GET /api/decisions?q=a%00b} was a 500 from PostgreSQL). This filter looks at the query's parameters of every
 * request and at the fields of a posted form (the pages, the login form); JSON bodies are checked where they are read
 * ({@link StrictJson}). The API answers 400 problem+json naming the parameter; a page gets the error page's 400.
 * <p>
 * Before Spring Security, so that a login form with such a user name is refused here too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 25)
public class ControlCharacterFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public ControlCharacterFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FieldMessage refused = refusedIn(request);
        if (refused == null) {
            chain.doFilter(request, response);
        } else if (ApiRequests.isApi(request)) {
            problems.write(request, response, Problems.invalid(refused));
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static FieldMessage refusedIn(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                FieldMessage refused = refused(name, value);
                if (refused != null) {
                    return refused;
                }
            }
        }
        if (isForm(request)) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                for (String value : parameter.getValue()) {
                    FieldMessage refused = refused(parameter.getKey(), value);
                    if (refused != null) {
                        return refused;
                    }
                }
            }
        }
        return null;
    }

    private static FieldMessage refused(String name, String value) {
        int inName = StrictJson.forbiddenCharacterAt(name);
        if (inName >= 0) {
            return new FieldMessage(null, "Et parameternavn indeholder et kontroltegn, som ikke kan bruges.");
        }
        int at = StrictJson.forbiddenCharacterAt(value);
        return at < 0 ? null : new FieldMessage(name, StrictJson.controlCharacterMessage(value, at));
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    /** As the servlet container decodes a query (UTF-8, {@code +} is a space); undecodable text is left as it is. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException undecodable) {
            return text;
        }
    }
}
