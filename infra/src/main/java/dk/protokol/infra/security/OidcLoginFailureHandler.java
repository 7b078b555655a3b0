package dk.protokol.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Where a failed OpenID Connect login goes: the login page, with why in the query, e.g.
 * {@code /login?error=oidc-unlinked&provider=kommune} (the web module's LoginController turns it into a message
 * and the provider's name). Refusals by Protokol ({@link OidcLoginRefused}) give their reason; anything else
 * (the provider said no, a stale or forged state, an invalid ID token) is {@code error=oidc}.
 */
class OidcLoginFailureHandler implements AuthenticationFailureHandler {

    /** Where the provider sends the browser back to: {@code /login/oauth2/code/<registrationId>}. */
    static final String CALLBACK = "/login/oauth2/code/";
    static final String FAILED = "oidc";

    private static final Logger LOG = LoggerFactory.getLogger(OidcLoginFailureHandler.class);
    private static final Pattern REGISTRATION_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String error;
        String registrationId;
        if (failure instanceof OidcLoginRefused refused) {
            error = refused.reason().queryValue();
            registrationId = refused.registrationId();
        } else {
            String code = failure instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode() : failure.getClass().getSimpleName();
            LOG.info("OpenID Connect login failed: {} ({})", code, failure.getMessage());
            error = FAILED;
            registrationId = registrationIdOf(request);
        }
        UriComponentsBuilder target = UriComponentsBuilder.fromPath("/login").queryParam("error", error);
        if (registrationId != null && REGISTRATION_ID.matcher(registrationId).matches()) {
            target.queryParam("provider", registrationId);
        }
        redirect.sendRedirect(request, response, target.build().toUriString());
    }

    /** The registration of the callback that failed, when the request was one. */
    private static String registrationIdOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(CALLBACK) ? path.substring(CALLBACK.length()) : null;
    }
}
