package dk.protokol.infra.security;

import dk.protokol.infra.web.ApiRequests;
import dk.protokol.infra.web.ProblemWriter;
import dk.protokol.infra.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Refuses a login attempt while its account or address is locked by the {@link LoginThrottle}, before the password is
 * checked: the login form's POST goes back to the login page with {@code ?error=locked&minutes=N} (the page says
 * "For mange forkerte forsøg. Prøv igen om N minutter."), a request with HTTP Basic credentials is answered 429
 * problem+json with {@code Retry-After}. Not a bean: placed in each security filter chain just before the filter
 * that checks the password (SecurityConfiguration).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOCKED = "locked";

    private final LoginThrottle throttle;
    private final ProblemWriter problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemWriter problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isFormLogin(request);
        String username = form ? request.getParameter("username") : basicUsername(request);
        if (!form && username == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Instant> locked = throttle.lockedUntil(username, request.getRemoteAddr());
        if (locked.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = throttle.minutesUntil(locked.get());
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?error=" + LOCKED + "&minutes=" + minutes);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(minutes * 60));
        if (!ApiRequests.isApi(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + SecurityConfiguration.REALM + "\"");
        }
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, message(minutes));
        problems.write(request, response, problem);
    }

    static String message(long minutes) {
        return "For mange forkerte forsøg. Prøv igen om " + minutes + (minutes == 1 ? " minut." : " minutter.");
    }

    private static boolean isFormLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    /** The user name of HTTP Basic credentials, or null when there are none (or they cannot be read). */
    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
