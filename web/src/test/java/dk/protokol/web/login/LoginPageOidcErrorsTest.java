package dk.protokol.web.login;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After a refused OpenID Connect login (infra's failure handler sends {@code ?error=oidc-…&provider=<id>}) the
 * login page says why, naming the configured provider; the name never comes from the query.
 */
@WebMvcTest(LoginController.class)
@Import({LoginPageTest.Security.class, LoginPageTest.Provider.class})
class LoginPageOidcErrorsTest {

    @Autowired
    MockMvc mvc;

    String alert(String path) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("[role=alert]")).hasSize(1);
        return page.selectFirst("[role=alert]").text();
    }

    @Test
    void aUserWithoutAnAccountIsToldToContactTheAdministrator() throws Exception {
        assertThat(alert("/login?error=oidc-unlinked&provider=kommune")).isEqualTo(
                "Din bruger hos Kommunens login er ikke knyttet til en konto i Protokol. Kontakt administratoren.");
    }

    @Test
    void aMismatchADisabledAccountAndAFailedLoginHaveTheirOwnMessages() throws Exception {
        assertThat(alert("/login?error=oidc-mismatch&provider=kommune")).isEqualTo("Kontoen i Protokol er knyttet "
                + "til en anden bruger end din bruger hos Kommunens login. Kontakt administratoren.");
        assertThat(alert("/login?error=oidc-disabled&provider=kommune"))
                .isEqualTo("Din konto i Protokol er spærret. Kontakt administratoren.");
        assertThat(alert("/login?error=oidc&provider=kommune"))
                .isEqualTo("Login med Kommunens login mislykkedes. Prøv igen, eller kontakt administratoren.");
    }

    @Test
    void aProviderThatIsNotConfiguredIsNotNamed() throws Exception {
        assertThat(alert("/login?error=oidc-unlinked&provider=Ondsindet%20Bank")).isEqualTo(
                "Din bruger hos udbyderen er ikke knyttet til en konto i Protokol. Kontakt administratoren.");
        assertThat(alert("/login?error=oidc-unlinked")).startsWith("Din bruger hos udbyderen ");
    }

    @Test
    void theFormsOwnFailureAndAnUnknownReasonKeepTheFormsMessage() throws Exception {
        assertThat(alert("/login?error")).isEqualTo("Forkert brugernavn eller adgangskode.");
        assertThat(alert("/login?error=noget-andet")).isEqualTo("Forkert brugernavn eller adgangskode.");
    }

    @Test
    void inEnglishToo() throws Exception {
        assertThat(alert("/login?lang=en&error=oidc-unlinked&provider=kommune")).isEqualTo(
                "Your user at Kommunens login is not linked to an account in Protokol. Please contact the administrator.");
    }
}
