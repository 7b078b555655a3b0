package dk.protokol.infra.security;

import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import dk.protokol.infra.web.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A database that does not answer while someone signs in (issue 13) is not a wrong password: the API answers 503
 * (problem+json, Retry-After), the login form says the sign-in could not be checked; neither counts as a failed
 * attempt. The accounts are made unreadable by moving their table away for the moment of the request.
 */
@DemoDataTest
class LoginWhileTheDatabaseIsAwayTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;

    @Test
    void theApiAnswers503AndTheLoginPageSaysItCouldNotCheck() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Http.Answer api;
        String redirect;
        jdbc.execute("ALTER TABLE account RENAME TO account_away");
        try {
            api = new Http(port).get("medlem", ApiScript.PASSWORD, "/api/bodies");
            redirect = mvc.perform(post("/login").with(csrf()).param("username", "medlem")
                    .param("password", ApiScript.PASSWORD)).andReturn().getResponse().getRedirectedUrl();
        } finally {
            jdbc.execute("ALTER TABLE account_away RENAME TO account");
        }
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(api.headers().getFirst("Retry-After")).isEqualTo("5");
        assertThat(api.json().path("detail").asText()).contains("databasen ikke svarede");
        assertThat(api.json().path("correlationId").asText()).as("the problem names its correlation id").isNotBlank();
        assertThat(redirect).isEqualTo("/login?error=unavailable");
        String page = mvc.perform(get(redirect)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Log-ind kunne ikke kontrolleres lige nu");

        // with the accounts back, the same credentials work and a wrong password is still a wrong password
        assertThat(new Http(port).get("medlem", ApiScript.PASSWORD, "/api/bodies").status()).isEqualTo(200);
        assertThat(new Http(port).get("medlem", "forkert-adgangskode", "/api/bodies").status()).isEqualTo(401);
    }
}
