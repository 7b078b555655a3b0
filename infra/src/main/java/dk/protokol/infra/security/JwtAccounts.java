package dk.protokol.infra.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Bearer tokens from the configured OpenID Connect provider for integrations (issue 15): a JWT access token signed by
 * the provider's keys ({@code protokol.api.jwt.jwk-set-uri}), issued by {@code protokol.api.jwt.issuer}, for the
 * audience {@code protokol.api.jwt.audience} (default {@code protokol}), not expired, acts as the Protokol account its
 * issuer and subject are bound to (the binding the provider's page login makes, {@code account_external_identity}),
 * while that account is enabled. Off unless the key set is configured.
 */
@Component
public class JwtAccounts {

    private final JwtDecoder decoder;
    private final ExternalIdentityStore identities;
    private final AccountStore accounts;

    JwtAccounts(@Value("${protokol.api.jwt.jwk-set-uri:}") String jwkSetUri,
                @Value("${protokol.api.jwt.issuer:}") String issuer,
                @Value("${protokol.api.jwt.audience:protokol}") String audience,
                ExternalIdentityStore identities, AccountStore accounts) {
        this.identities = identities;
        this.accounts = accounts;
        if (jwkSetUri.isBlank()) {
            this.decoder = null;
            return;
        }
        if (issuer.isBlank()) {
            throw new IllegalStateException("protokol.api.jwt.issuer must name the provider whose tokens are taken");
        }
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        OAuth2TokenValidator<Jwt> forUs = token -> token.getAudience() != null && token.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "The token is not for audience " + audience, null));
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                forUs));
        this.decoder = nimbus;
    }

    public boolean enabled() {
        return decoder != null;
    }

    /** The account the token acts as; empty for a token that is invalid, expired, not ours or not bound. */
    public Optional<AccountPrincipal> authenticate(String token) {
        if (decoder == null) {
            return Optional.empty();
        }
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtException invalid) {
            return Optional.empty();
        }
        String issuer = jwt.getIssuer() == null ? null : jwt.getIssuer().toString();
        if (issuer == null || jwt.getSubject() == null) {
            return Optional.empty();
        }
        return identities.accountOf(issuer, jwt.getSubject())
                .flatMap(accounts::findById)
                .filter(AccountPrincipal::isEnabled);
    }
}
