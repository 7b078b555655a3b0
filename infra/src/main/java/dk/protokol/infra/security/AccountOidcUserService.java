package dk.protokol.infra.security;

import dk.protokol.infra.security.ExternalIdentityStore.ExternalIdentity;
import dk.protokol.infra.security.OidcLoginRefused.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Lets a user who logged in with OpenID Connect act as a Protokol account (the {@code oidcUserService} of
 * {@code oauth2Login}, see {@link SecurityConfiguration}).
 * <ul>
 *   <li>The first login names the account by a claim, {@code protokol.oidc.username-claim} (default
 *   {@code preferred_username}), compared with {@code account.username} as a local login's username is (trimmed,
 *   lower case), and binds the provider identity (the ID token's issuer and subject) to the account.</li>
 *   <li>Later logins find the account by that identity. A login whose username claim names an account that is
 *   bound to another identity is refused: a username the provider re-uses for someone else does not open the
 *   account.</li>
 *   <li>No such account, or a disabled one: refused too ({@link OidcLoginRefused}, with a Danish message).</li>
 * </ul>
 * The principal is an {@link OidcAccountPrincipal}: {@link AccountPrincipal#of} reads the account from it, and its
 * authorities are the account's global roles.
 */
@Service
public class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    public static final String DEFAULT_USERNAME_CLAIM = "preferred_username";

    private static final Logger LOG = LoggerFactory.getLogger(AccountOidcUserService.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider = new OidcUserService();
    private final AccountStore accounts;
    private final ExternalIdentityStore identities;
    private final Clock clock;
    private final String usernameClaim;

    AccountOidcUserService(AccountStore accounts, ExternalIdentityStore identities, Clock clock,
                           @Value("${protokol.oidc.username-claim:" + DEFAULT_USERNAME_CLAIM + "}")
                           String usernameClaim) {
        this.accounts = accounts;
        this.identities = identities;
        this.clock = clock;
        this.usernameClaim = usernameClaim == null || usernameClaim.isBlank()
                ? DEFAULT_USERNAME_CLAIM : usernameClaim.trim();
    }

    /** The provider's user (ID token, and user info when the provider offers it), then its account. */
    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        return toAccount(request.getClientRegistration(), provider.loadUser(request));
    }

    /**
     * The account the provider's user acts as; binds the user's identity to it on the first login.
     *
     * @throws OidcLoginRefused no account for the user, the account is bound to another identity, or disabled
     */
    OidcAccountPrincipal toAccount(ClientRegistration registration, OidcUser user) {
        String registrationId = registration.getRegistrationId();
        String issuer = user.getIdToken().getClaimAsString(IdTokenClaimNames.ISS);
        String subject = user.getIdToken().getSubject();
        if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
            // Spring Security's ID token validator requires both; never bind an account to an empty identity
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token",
                    "ID-token uden udsteder eller subjekt.", null));
        }
        Optional<UUID> bound = identities.accountOf(issuer, subject);
        AccountPrincipal account = bound.isPresent()
                ? accounts.findById(bound.get()).orElseThrow(() -> notLinked(registration, issuer, subject, null))
                : firstLogin(registration, issuer, subject, user);
        if (!account.isEnabled()) {
            LOG.warn("OpenID Connect login via {} refused: account '{}' is disabled", registrationId,
                    account.getUsername());
            throw new OidcLoginRefused(Reason.DISABLED, registrationId,
                    "Din konto i Protokol er spærret. Kontakt administratoren.");
        }
        // the password hash stays in the database: it is not needed here, and the principal lives in the session
        account.eraseCredentials();
        return new OidcAccountPrincipal(account, registrationId, user.getIdToken(), user.getUserInfo());
    }

    /** The account the username claim names, bound to the identity unless it is bound to another one. */
    private AccountPrincipal firstLogin(ClientRegistration registration, String issuer, String subject,
                                        OidcUser user) {
        String username = usernameOf(user);
        AccountPrincipal account = (username == null ? Optional.<AccountPrincipal>empty()
                : accounts.findByUsername(username))
                .orElseThrow(() -> notLinked(registration, issuer, subject, username));
        if (!account.isEnabled()) {
            return account; // refused by the caller; a disabled account is not bound
        }
        Optional<ExternalIdentity> existing = identities.identityOf(account.accountId());
        if (existing.isPresent()) {
            throw mismatch(registration, account, issuer, subject, existing.get());
        }
        try {
            identities.bind(account.accountId(), issuer, subject, clock.instant());
        } catch (DuplicateKeyException concurrentFirstLogin) {
            // another login bound the account (or this identity) a moment ago; the next attempt sorts it out
            throw mismatch(registration, account, issuer, subject,
                    identities.identityOf(account.accountId()).orElse(new ExternalIdentity("?", "?")));
        }
        LOG.info("OpenID Connect identity {} / {} (via {}) bound to account '{}'", issuer, subject,
                registration.getRegistrationId(), account.getUsername());
        return account;
    }

    /** The username claim as a local login's username: trimmed, lower case; null when missing or blank. */
    private String usernameOf(OidcUser user) {
        Object claim = user.getClaims().get(usernameClaim);
        if (claim == null) {
            claim = user.getAttributes().get(usernameClaim);
        }
        String username = claim == null ? null : claim.toString().trim().toLowerCase(Locale.ROOT);
        return username == null || username.isEmpty() ? null : username;
    }

    private OidcLoginRefused notLinked(ClientRegistration registration, String issuer, String subject,
                                       String username) {
        LOG.warn("OpenID Connect login via {} refused: no account for {} / {} (claim {} = {})",
                registration.getRegistrationId(), issuer, subject, usernameClaim, username);
        return new OidcLoginRefused(Reason.NOT_LINKED, registration.getRegistrationId(), "Din bruger hos "
                + providerName(registration) + " er ikke knyttet til en konto i Protokol. Kontakt administratoren.");
    }

    private static OidcLoginRefused mismatch(ClientRegistration registration, AccountPrincipal account,
                                             String issuer, String subject, ExternalIdentity bound) {
        LOG.warn("OpenID Connect login via {} refused: account '{}' is bound to {} / {}, not to {} / {}",
                registration.getRegistrationId(), account.getUsername(), bound.issuer(), bound.subject(), issuer,
                subject);
        return new OidcLoginRefused(Reason.IDENTITY_MISMATCH, registration.getRegistrationId(),
                "Kontoen i Protokol er knyttet til en anden bruger end din bruger hos " + providerName(registration)
                        + ". Kontakt administratoren.");
    }

    private static String providerName(ClientRegistration registration) {
        String name = registration.getClientName();
        return name == null || name.isBlank() ? registration.getRegistrationId() : name;
    }
}
