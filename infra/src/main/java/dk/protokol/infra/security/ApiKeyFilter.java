package dk.protokol.infra.security;

import dk.protokol.infra.web.ProblemWriter;
import dk.protokol.infra.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code Authorization: Bearer prk_…}: the API request acts as the key's account (issue 15), checked by one indexed
 * lookup of the key's SHA-256 instead of bcrypt. A key that is unknown, expired, revoked or whose account is disabled
 * is answered 401 alike; a database that does not answer, 503. Other credentials pass on to HTTP Basic.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String REFUSED = "API-nøglen er ugyldig, udløbet eller tilbagekaldt.";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final ProblemWriter problems;

    ApiKeyFilter(ApiKeys keys, ProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !header.substring(BEARER.length()).strip().startsWith(ApiKeys.PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountPrincipal> account;
        try {
            account = keys.authenticate(header.substring(BEARER.length()).strip());
        } catch (DataAccessException unavailable) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problems.write(request, response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "API-nøglen kunne ikke kontrolleres lige nu, fordi databasen ikke svarede. Prøv igen om lidt."));
            return;
        }
        if (account.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, REFUSED));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.get(), null,
                account.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
