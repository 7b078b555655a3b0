package dk.protokol.infra.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import java.io.Serial;

/**
 * The provider vouched for the user, but Protokol does not let them in: the reason, the provider's registration
 * (so the login page can name the provider) and a Danish message. {@link OidcLoginFailureHandler} sends the
 * browser to {@code /login?error=<reason's query value>&provider=<registrationId>}.
 */
public class OidcLoginRefused extends OAuth2AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why; {@link #errorCode()} is the OAuth2 error code, {@link #queryValue()} the login page's {@code error}. */
    public enum Reason {
        /** No account has the username the provider gives (or it gives none). */
        NOT_LINKED("protokol_account_not_linked", "oidc-unlinked"),
        /** The account is bound to another provider identity (issuer + subject) than this one. */
        IDENTITY_MISMATCH("protokol_identity_mismatch", "oidc-mismatch"),
        /** The account is disabled. */
        DISABLED("protokol_account_disabled", "oidc-disabled");

        private final String errorCode;
        private final String queryValue;

        Reason(String errorCode, String queryValue) {
            this.errorCode = errorCode;
            this.queryValue = queryValue;
        }

        public String errorCode() {
            return errorCode;
        }

        public String queryValue() {
            return queryValue;
        }
    }

    private final Reason reason;
    private final String registrationId;

    OidcLoginRefused(Reason reason, String registrationId, String danishMessage) {
        super(new OAuth2Error(reason.errorCode(), danishMessage, null), danishMessage);
        this.reason = reason;
        this.registrationId = registrationId;
    }

    public Reason reason() {
        return reason;
    }

    public String registrationId() {
        return registrationId;
    }
}
