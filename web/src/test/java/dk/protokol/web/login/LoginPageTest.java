package dk.protokol.web.login;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The login page rendered through Spring MVC and Thymeleaf, signed out, behind a filter chain that points form
 * login at it as infra's does: Danish, labelled fields, the CSRF token, the messages after a failure and a
 * logout, and the OpenID Connect buttons only when providers are configured.
 */
@WebMvcTest(LoginController.class)
@Import(LoginPageTest.Security.class)
class LoginPageTest {

    @Autowired
    MockMvc mvc;

    Document render(String path) throws Exception {
        String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void theFormIsDanishWithLabelledFieldsAndTheCsrfToken() throws Exception {
        Document page = render("/login");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Log ind");
        assertThat(page.selectFirst("a.skip-link").text()).isEqualTo("Spring til indhold");
        Element form = page.selectFirst("main form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/login");
        assertThat(form.select("input[name=_csrf][type=hidden]")).hasSize(1);
        assertThat(form.selectFirst("input[name=_csrf]").val()).isNotBlank();
        assertThat(form.selectFirst("label[for=username]").text()).isEqualTo("Brugernavn");
        assertThat(form.selectFirst("label[for=password]").text()).isEqualTo("Adgangskode");
        assertThat(form.selectFirst("input#username").attr("name")).isEqualTo("username");
        assertThat(form.selectFirst("input#password").attr("name")).isEqualTo("password");
        assertThat(form.selectFirst("input#password").attr("type")).isEqualTo("password");
        assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("Log ind");
        for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(page.select("label[for=" + control.id() + "]")).as("label for %s", control).hasSize(1);
        }
        assertThat(page.select("[role=alert]")).isEmpty();
        assertThat(page.select("[style], style")).isEmpty();
        assertThat(page.select("script")).allSatisfy(script -> {
            assertThat(script.attr("src")).isNotBlank();
            assertThat(script.data()).isBlank();
        });
        assertThat(page.select("*").stream().flatMap(element -> element.attributes().asList().stream())
                .filter(attribute -> attribute.getKey().startsWith("on"))).isEmpty();
    }

    @Test
    void noProviderNoOpenIdConnectButton() throws Exception {
        Document page = render("/login");
        assertThat(page.select("a[href^=/oauth2/authorization/]")).isEmpty();
        assertThat(page.text()).doesNotContain("Log ind med");
    }

    @Test
    void aFailedLoginSaysSo() throws Exception {
        Document page = render("/login?error");
        assertThat(page.selectFirst("[role=alert]").text()).isEqualTo("Forkert brugernavn eller adgangskode.");
    }

    @Test
    void afterLogoutThePageSaysSo() throws Exception {
        Document page = render("/login?logout");
        assertThat(page.text()).contains("Du er logget ud.");
        assertThat(page.select("[role=alert]")).isEmpty();
    }

    @Test
    void signedOutThereIsNoNameNoLogoutAndNoMenu() throws Exception {
        Document page = render("/login?logout");
        assertThat(page.select("header .signed-in, header form")).isEmpty();
        assertThat(page.select("nav.main-nav")).isEmpty();
        assertThat(page.text()).doesNotContain("Logget ind som", "Log ud");
        // the language switch stays
        assertThat(page.select("nav.language a").eachText()).containsExactly("Dansk", "English");
    }

    @Test
    void langEnIsEnglish() throws Exception {
        Document page = render("/login?lang=en&error");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("label[for=username]").text()).isEqualTo("User name");
        assertThat(page.selectFirst("label[for=password]").text()).isEqualTo("Password");
        assertThat(page.selectFirst("[role=alert]").text()).isEqualTo("Wrong user name or password.");
    }

    /** As infra's page chain: the login page is public, the rest needs a login made there. */
    @TestConfiguration
    static class Security {

        @Bean
        SecurityFilterChain pages(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers("/login").permitAll()
                            .anyRequest().authenticated())
                    .formLogin(form -> form.loginPage("/login").permitAll());
            return http.build();
        }
    }

    /**
     * What Spring Boot makes of {@code spring.security.oauth2.client.registration.kommune.*}. Not a
     * {@code @TestConfiguration}: Spring Boot would add that to every test here; {@link LoginPageWithProviderTest}
     * imports it.
     */
    static class Provider {

        @Bean
        InMemoryClientRegistrationRepository registrations() {
            return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("kommune")
                    .clientId("protokol")
                    .clientSecret("hemmelig")
                    .clientName("Kommunens login")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile")
                    .authorizationUri("https://login.example.org/authorize")
                    .tokenUri("https://login.example.org/token")
                    .jwkSetUri("https://login.example.org/jwks")
                    .build());
        }
    }
}
