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
 * {@code Authorization: Bearer …} for integrations (issue 15): an API key ({@code prk_…}) acts as its account, checked
 * by one indexed lookup of the key's SHA-256 instead of bcrypt; any other bearer token is a JWT from the configured
 * provider ({@link JwtAccounts}) acting as the account its subject is bound to. A key or token that is unknown,
 * expired, revoked, not for us, or whose account is disabled is answered 401 alike; a database that does not answer,
 * 503. Other credentials (HTTP Basic) pass on.
 */
class BearerCredentialsFilter extends OncePerRequestFilter {

    static final String REFUSED = "API-nøglen er ugyldig, udløbet eller tilbagekaldt.";
    static final String TOKEN_REFUSED = "Adgangstokenet er ugyldigt, udløbet, ikke udstedt til Protokol, eller dets "
            + "bruger er ikke knyttet til en aktiv Protokol-konto.";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final JwtAccounts tokens;
    private final ProblemWriter problems;

    BearerCredentialsFilter(ApiKeys keys, JwtAccounts tokens, ProblemWriter problems) {
        this.keys = keys;
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String credential = header.substring(BEARER.length()).strip();
        boolean apiKey = credential.startsWith(ApiKeys.PREFIX);
        Optional<AccountPrincipal> account;
        try {
            account = apiKey ? keys.authenticate(credential) : tokens.authenticate(credential);
        } catch (DataAccessException unavailable) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problems.write(request, response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "API-nøglen kunne ikke kontrolleres lige nu, fordi databasen ikke svarede. Prøv igen om lidt."));
            return;
        }
        if (account.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, apiKey ? REFUSED : TOKEN_REFUSED));
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
