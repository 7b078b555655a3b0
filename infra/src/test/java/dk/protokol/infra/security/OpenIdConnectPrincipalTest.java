package dk.protokol.infra.security;

import dk.protokol.command.action.ActionLookup;
import dk.protokol.command.meeting.MeetingLookup;
import dk.protokol.command.meeting.ReferralLookup;
import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.events.caller.Caller;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.ids.PersonId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user signed in with OpenID Connect is, to the rest of Protokol, the account they act as: the access policy,
 * who the caller is ({@link AccountCallers}) and the audit metadata of their commands read it through
 * {@link AccountPrincipal#of}, as for a local login.
 */
class OpenIdConnectPrincipalTest {

    final AccessPolicy policy = policy();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAccessPolicyAnswersForTheAccountsPersonAndGlobalRoles() {
        Authentication secretary = oidc("sekretaer", AccessPolicyTest.SECRETARY);
        Authentication chair = oidc("formand", AccessPolicyTest.CHAIR);
        Authentication admin = oidc("admin", null, GlobalRole.ADMIN);

        assertThat(policy.canRecordFor(secretary, AccessPolicyTest.BODY)).isTrue();
        assertThat(policy.canApproveFor(secretary, AccessPolicyTest.BODY)).isFalse();
        assertThat(policy.canApproveForMeeting(chair, AccessPolicyTest.MEETING)).isTrue();
        assertThat(policy.canReadBody(chair, AccessPolicyTest.BODY)).isTrue();
        assertThat(policy.canWorkOnAction(oidc("ejer", AccessPolicyTest.OWNER), AccessPolicyTest.ACTION, "COMPLETE"))
                .isTrue();
        assertThat(policy.canChangeOrganisation(admin)).isTrue();
        assertThat(policy.canChangeOrganisation(secretary)).isFalse();
        assertThat(policy.canReadOrganisation(secretary)).isTrue();
    }

    @Test
    void aProvidersUserThatIsNoAccountHasNoPersonAndNoRoles() {
        OidcUser plain = OpenIdConnectAccountsTest.user(UUID.randomUUID().toString(), "sekretaer");
        Authentication authentication = new OAuth2AuthenticationToken(plain, plain.getAuthorities(), "kommune");

        assertThat(AccountPrincipal.of(authentication)).isEmpty();
        assertThat(policy.canRecordFor(authentication, AccessPolicyTest.BODY)).isFalse();
    }

    @Test
    void theCallersPortFindsTheAccountsUsernamePersonAndGlobalRoles() {
        UUID person = UUID.randomUUID();
        SecurityContextHolder.getContext().setAuthentication(oidc("medlem", person, GlobalRole.EVALUATOR));

        assertThat(AccountPrincipal.of(AccountCallers.currentAuthentication()).map(AccountPrincipal::getUsername))
                .contains("medlem");
        Caller caller = new AccountCallers(new DefaultListableBeanFactory().getBeanProvider(OrganisationLookup.class))
                .current();
        assertThat(caller).isEqualTo(Caller.account("medlem", PersonId.of(person), Set.of(GlobalRole.EVALUATOR)));
    }

    @Test
    void aCommandSentByAnOpenIdConnectUserRecordsTheAccountsUsernameAndPerson() {
        UUID person = UUID.randomUUID();
        SecurityContextHolder.getContext().setAuthentication(oidc("sekretaer", person));
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("probe");

        Map<String, Object> metadata = new CommandMetadataInterceptor().handle(List.of(command))
                .apply(0, command).getMetaData();

        assertThat(metadata).containsEntry(AuditMetadata.USER_ID, "sekretaer")
                .containsEntry(AuditMetadata.PERSON_ID, person.toString());
    }

    /** As Spring Security authenticates an OpenID Connect login whose user the account service mapped. */
    static Authentication oidc(String username, UUID person, GlobalRole... roles) {
        AccountPrincipal account = new AccountPrincipal(UUID.randomUUID(), username, "", person, List.of(roles),
                true);
        account.eraseCredentials();
        OidcUser provider = OpenIdConnectAccountsTest.user(UUID.randomUUID().toString(), username);
        OidcAccountPrincipal principal = new OidcAccountPrincipal(account, "kommune", provider.getIdToken(), null);
        return new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "kommune");
    }

    private static AccessPolicy policy() {
        return AccessPolicyTest.policy(AccessPolicyTest.MEMBERSHIPS);
    }
}
