package dk.protokol.infra.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A user who logged in with OpenID Connect, acting as the Protokol account their provider identity is bound to
 * ({@link AccountOidcUserService}). It is an {@link OidcUser} for Spring Security (ID token, claims) and carries
 * the {@link AccountPrincipal} for everything else: {@link AccountPrincipal#of} finds it, its name is the
 * account's username (so the audit metadata and the idempotency keys name the account, not the provider's
 * subject) and its authorities are the account's global roles, exactly as for a local login.
 */
public final class OidcAccountPrincipal implements OidcUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountPrincipal account;
    private final String registrationId;
    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;
    private final Map<String, Object> claims;

    /**
     * @param account        the account, without its password hash (it is not needed, and the principal lives in
     *                       the session)
     * @param registrationId the provider's registration ({@code spring.security.oauth2.client.registration.<id>})
     * @param idToken        the provider's ID token
     * @param userInfo       the provider's user info, when it was asked for
     */
    OidcAccountPrincipal(AccountPrincipal account, String registrationId, OidcIdToken idToken,
                         OidcUserInfo userInfo) {
        this.account = Objects.requireNonNull(account, "account");
        this.registrationId = Objects.requireNonNull(registrationId, "registrationId");
        this.idToken = Objects.requireNonNull(idToken, "idToken");
        this.userInfo = userInfo;
        Map<String, Object> all = new LinkedHashMap<>(idToken.getClaims());
        if (userInfo != null) {
            // as DefaultOidcUser: the ID token's claims, with the user info's beside them
            userInfo.getClaims().forEach(all::putIfAbsent);
        }
        this.claims = Map.copyOf(all);
    }

    /** The Protokol account this login acts as. */
    public AccountPrincipal account() {
        return account;
    }

    /** The provider the user logged in with. */
    public String registrationId() {
        return registrationId;
    }

    /** The account's username (not the provider's subject). */
    @Override
    public String getName() {
        return account.getUsername();
    }

    /** The account's global roles, as for a local login. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.getAuthorities();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    @Override
    public Map<String, Object> getClaims() {
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OidcAccountPrincipal that && account.accountId().equals(that.account.accountId())
                // the issuer as text: URL.equals would ask the DNS
                && Objects.equals(idToken.getClaimAsString(IdTokenClaimNames.ISS),
                that.idToken.getClaimAsString(IdTokenClaimNames.ISS))
                && Objects.equals(idToken.getSubject(), that.idToken.getSubject());
    }

    @Override
    public int hashCode() {
        return account.accountId().hashCode();
    }

    @Override
    public String toString() {
        return "OidcAccountPrincipal[" + account.getUsername() + " via " + registrationId + "]";
    }
}
