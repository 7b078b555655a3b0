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

/** The login page when an OpenID Connect provider is configured: one button for it, besides the local form. */
@WebMvcTest(LoginController.class)
@Import({LoginPageTest.Security.class, LoginPageTest.Provider.class})
class LoginPageWithProviderTest {

    @Autowired
    MockMvc mvc;

    @Test
    void oneButtonPerProvider() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("a[href^=/oauth2/authorization/]")).singleElement().satisfies(button -> {
            assertThat(button.attr("href")).isEqualTo("/oauth2/authorization/kommune");
            assertThat(button.text()).isEqualTo("Log ind med Kommunens login");
        });
        // the local accounts' form stays
        assertThat(page.select("input#username, input#password")).hasSize(2);
        assertThat(page.select("main form input[name=_csrf]")).hasSize(1);
        assertThat(page.select("[style], style")).isEmpty();
    }
}
