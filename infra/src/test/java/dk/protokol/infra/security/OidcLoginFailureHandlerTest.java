package dk.protokol.infra.security;

import dk.protokol.infra.security.OidcLoginRefused.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed OpenID Connect login goes back to the login page with the reason and the provider in the query. */
class OidcLoginFailureHandlerTest {

    final OidcLoginFailureHandler handler = new OidcLoginFailureHandler();

    @Test
    void anUnlinkedUserLandsOnTheLoginPageWithTheReasonAndTheProvider() throws Exception {
        String target = fail("/login/oauth2/code/kommune",
                new OidcLoginRefused(Reason.NOT_LINKED, "kommune", "Din bruger hos Kommunens login er ..."));

        assertThat(target).isEqualTo("/login?error=oidc-unlinked&provider=kommune");
    }

    @Test
    void aMismatchAndADisabledAccountHaveTheirOwnReasons() throws Exception {
        assertThat(fail("/login/oauth2/code/kommune", new OidcLoginRefused(Reason.IDENTITY_MISMATCH, "kommune", "x")))
                .isEqualTo("/login?error=oidc-mismatch&provider=kommune");
        assertThat(fail("/login/oauth2/code/kommune", new OidcLoginRefused(Reason.DISABLED, "kommune", "x")))
                .isEqualTo("/login?error=oidc-disabled&provider=kommune");
    }

    @Test
    void anyOtherFailureAtTheCallbackIsAFailedLoginWithThatProvider() throws Exception {
        String target = fail("/login/oauth2/code/kommune",
                new OAuth2AuthenticationException(new OAuth2Error("invalid_state_parameter")));

        assertThat(target).isEqualTo("/login?error=oidc&provider=kommune");
    }

    @Test
    void aRegistrationIdThatCannotBeOneIsNotPassedOn() throws Exception {
        String target = fail("/login/oauth2/code/<script>",
                new OAuth2AuthenticationException(new OAuth2Error("invalid_request")));

        assertThat(target).isEqualTo("/login?error=oidc");
    }

    private String fail(String uri, AuthenticationException failure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(request, response, failure);
        assertThat(response.getStatus()).isEqualTo(302);
        return response.getRedirectedUrl();
    }
}
