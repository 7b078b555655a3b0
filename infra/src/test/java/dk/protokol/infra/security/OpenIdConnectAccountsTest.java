package dk.protokol.infra.security;

import dk.protokol.events.caller.GlobalRole;
import dk.protokol.infra.security.OidcLoginRefused.Reason;
import dk.protokol.infra.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An OpenID Connect login acts as the local account its username claim names, against the real database: the
 * first login binds the provider identity (issuer + subject) to the account, later logins must come with that
 * identity. The provider's users are made by hand (ID tokens as Spring Security would have validated them); no
 * provider is asked.
 */
@ApiTest
class OpenIdConnectAccountsTest {

    static final String ISSUER = "https://login.kommune.example";
    static final ClientRegistration KOMMUNE = ClientRegistration.withRegistrationId("kommune")
            .clientId("protokol")
            .clientSecret("hemmelig")
            .clientName("Kommunens login")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "profile")
            .authorizationUri(ISSUER + "/authorize")
            .tokenUri(ISSUER + "/token")
            .jwkSetUri(ISSUER + "/jwks")
            .build();

    @Autowired
    AccountOidcUserService service;
    @Autowired
    AccountService accountService;
    @Autowired
    AccountStore accountStore;
    @Autowired
    ExternalIdentityStore identityStore;
    @Autowired
    AccessPolicy accessPolicy;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aLinkedUserActsAsTheAccountWithItsPersonAndGlobalRoles() {
        UUID person = UUID.randomUUID();
        String username = open(person, GlobalRole.EVALUATOR);

        OidcAccountPrincipal principal = service.toAccount(KOMMUNE, user(subject(), username));
        Authentication authentication = authenticated(principal);

        assertThat(principal.getName()).isEqualTo(username);
        assertThat(authentication.getName()).as("what the audit metadata records").isEqualTo(username);
        assertThat(principal.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_EVALUATOR");
        assertThat(AccountPrincipal.of(authentication)).hasValueSatisfying(account -> {
            assertThat(account.getUsername()).isEqualTo(username);
            assertThat(account.personId()).contains(person);
            assertThat(account.roles()).containsExactly(GlobalRole.EVALUATOR);
            assertThat(account.getPassword()).as("no password hash in the session").isNull();
        });
        assertThat(accessPolicy.canReadEverything(authentication)).isTrue();
        assertThat(accessPolicy.canChangeOrganisation(authentication)).isFalse();
    }

    @Test
    void theUsernameClaimIsComparedAsALocalLoginsUsername() {
        String username = open(null);

        OidcAccountPrincipal principal = service.toAccount(KOMMUNE, user(subject(), " " + username.toUpperCase() + " "));

        assertThat(principal.getName()).isEqualTo(username);
    }

    @Test
    void theFirstLoginBindsTheIdentityAndALaterOneFindsTheAccountByIt() {
        String username = open(null, GlobalRole.ADMIN);
        UUID account = accountStore.findByUsername(username).orElseThrow().accountId();
        String subject = subject();
        assertThat(identityStore.identityOf(account)).isEmpty();

        service.toAccount(KOMMUNE, user(subject, username));

        Map<String, Object> binding = jdbc.queryForMap(
                "SELECT issuer, subject, bound_at FROM account_external_identity WHERE account_id = ?", account);
        assertThat(binding).containsEntry("issuer", ISSUER).containsEntry("subject", subject);
        assertThat(binding.get("bound_at")).isNotNull();

        // the provider now calls the user something else: the binding, not the claim, names the account
        OidcAccountPrincipal later = service.toAccount(KOMMUNE, user(subject, "omdoebt-" + username));
        assertThat(later.account().accountId()).isEqualTo(account);
        assertThat(later.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_external_identity WHERE account_id = ?",
                Integer.class, account)).isEqualTo(1);
    }

    @Test
    void anotherSubjectWithTheSameUsernameIsRefusedAndTheBindingStays() {
        String username = open(null, GlobalRole.ADMIN);
        UUID account = accountStore.findByUsername(username).orElseThrow().accountId();
        String first = subject();
        service.toAccount(KOMMUNE, user(first, username));

        assertThatThrownBy(() -> service.toAccount(KOMMUNE, user(subject(), username)))
                .isInstanceOfSatisfying(OidcLoginRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.IDENTITY_MISMATCH);
                    assertThat(refused.getError().getErrorCode()).isEqualTo("protokol_identity_mismatch");
                    assertThat(refused.getMessage()).isEqualTo("Kontoen i Protokol er knyttet til en anden bruger "
                            + "end din bruger hos Kommunens login. Kontakt administratoren.");
                });
        // the same subject at another issuer is another identity as well
        assertThatThrownBy(() -> service.toAccount(KOMMUNE, user("https://andet.example", first, username)))
                .isInstanceOfSatisfying(OidcLoginRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.IDENTITY_MISMATCH));

        assertThat(identityStore.identityOf(account))
                .contains(new ExternalIdentityStore.ExternalIdentity(ISSUER, first));
    }

    @Test
    void aUserWithoutAnAccountIsRefusedWithADanishMessageAndNothingIsBound() {
        String subject = subject();

        assertThatThrownBy(() -> service.toAccount(KOMMUNE, user(subject, "ingen-" + subject)))
                .isInstanceOfSatisfying(OidcLoginRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.NOT_LINKED);
                    assertThat(refused.registrationId()).isEqualTo("kommune");
                    assertThat(refused.getError().getErrorCode()).isEqualTo("protokol_account_not_linked");
                    assertThat(refused.getMessage()).isEqualTo("Din bruger hos Kommunens login er ikke knyttet "
                            + "til en konto i Protokol. Kontakt administratoren.");
                });
        assertThat(identityStore.accountOf(ISSUER, subject)).isEmpty();
    }

    @Test
    void aUserWithoutTheUsernameClaimIsRefused() {
        open(null);

        assertThatThrownBy(() -> service.toAccount(KOMMUNE, user(subject(), null)))
                .isInstanceOfSatisfying(OidcLoginRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.NOT_LINKED));
    }

    @Test
    void aDisabledAccountIsRefusedOnTheFirstLoginAndIsNotBound() {
        String username = open(null);
        disable(username);
        String subject = subject();

        assertThatThrownBy(() -> service.toAccount(KOMMUNE, user(subject, username)))
                .isInstanceOfSatisfying(OidcLoginRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.DISABLED);
                    assertThat(refused.getMessage())
                            .isEqualTo("Din konto i Protokol er spærret. Kontakt administratoren.");
                });
        assertThat(identityStore.accountOf(ISSUER, subject)).isEmpty();
    }

    @Test
    void aDisabledAccountIsRefusedOnALaterLogin() {
        String username = open(null);
        String subject = subject();
        service.toAccount(KOMMUNE, user(subject, username));
        disable(username);

        assertThatThrownBy(() -> service.toAccount(KOMMUNE, user(subject, username)))
                .isInstanceOfSatisfying(OidcLoginRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.DISABLED));
    }

    @Test
    void theUsernameClaimIsConfigurable() {
        String username = open(null);
        AccountOidcUserService byEmployeeNumber = new AccountOidcUserService(accountStore, identityStore, clock,
                "medarbejdernummer");
        Map<String, Object> claims = new HashMap<>();
        claims.put("preferred_username", "ingen-saadan");
        claims.put("medarbejdernummer", username);

        OidcAccountPrincipal principal = byEmployeeNumber.toAccount(KOMMUNE, user(ISSUER, subject(), claims));

        assertThat(principal.getName()).isEqualTo(username);
        assertThatThrownBy(() -> byEmployeeNumber.toAccount(KOMMUNE, user(subject(), username)))
                .as("preferred_username is not looked at any more")
                .isInstanceOfSatisfying(OidcLoginRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.NOT_LINKED));
    }

    @Test
    void theProvidersUserRequestIsMappedToTheAccountWithoutAUserInfoEndpoint() {
        String username = open(null, GlobalRole.ADMIN);
        OidcIdToken idToken = idToken(ISSUER, subject(), Map.of("preferred_username", username));
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "adgang",
                idToken.getIssuedAt(), idToken.getExpiresAt(), Set.of("openid", "profile"));

        OidcUser user = service.loadUser(new OidcUserRequest(KOMMUNE, accessToken, idToken));

        assertThat(user).isInstanceOfSatisfying(OidcAccountPrincipal.class, principal -> {
            assertThat(principal.getName()).isEqualTo(username);
            assertThat(principal.getIdToken()).isEqualTo(idToken);
            assertThat(principal.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactly("ROLE_ADMIN");
        });
    }

    private String open(UUID person, GlobalRole... roles) {
        String username = "oidc-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.openUnchecked(username, "hemmeligt-kodeord", person, Set.of(roles), "test");
        return username;
    }

    private void disable(String username) {
        assertThat(jdbc.update("UPDATE account SET enabled = FALSE WHERE username = ?", username)).isEqualTo(1);
    }

    private static String subject() {
        return UUID.randomUUID().toString();
    }

    static OidcUser user(String subject, String preferredUsername) {
        return user(ISSUER, subject, preferredUsername);
    }

    static OidcUser user(String issuer, String subject, String preferredUsername) {
        Map<String, Object> claims = new HashMap<>();
        if (preferredUsername != null) {
            claims.put("preferred_username", preferredUsername);
        }
        return user(issuer, subject, claims);
    }

    static OidcUser user(String issuer, String subject, Map<String, Object> claims) {
        return new DefaultOidcUser(List.of(), idToken(issuer, subject, claims));
    }

    static OidcIdToken idToken(String issuer, String subject, Map<String, Object> claims) {
        // a token's lifetime is the provider's business; Spring Security checked it before the mapping
        Instant issued = Instant.parse("2026-03-01T08:00:00Z");
        return OidcIdToken.withTokenValue("id-token")
                .issuer(issuer)
                .subject(subject)
                .audience(List.of("protokol"))
                .issuedAt(issued)
                .expiresAt(issued.plusSeconds(300))
                .claims(all -> all.putAll(claims))
                .build();
    }

    static Authentication authenticated(OidcAccountPrincipal principal) {
        return new OAuth2AuthenticationToken(principal, principal.getAuthorities(), principal.registrationId());
    }
}
