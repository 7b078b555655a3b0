package dk.protokol.infra.web;

import dk.protokol.infra.security.DemoAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees when a page cannot answer, through the real servlet container's error dispatch: a page
 * in Danish (English at the switch) inside the layout, never the API's problem+json or Spring's white page;
 * and a form that fails before it is saved shows what was typed, so it can be copied.
 */
@ApiTest
class PageErrorPagesTest {

    @LocalServerPort
    int port;
    @Value("${protokol.demo-password:demo}")
    String password;
    @Autowired
    DemoAccounts demoAccounts;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void users() {
        TestUsers.ensure(demoAccounts);
    }

    @Test
    void anAddressWithNoPageIsANotFoundPageInTheLayout() throws Exception {
        HttpResponse<String> answer = send(page("/referater-der-ikke-findes").GET());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document page = Jsoup.parse(answer.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Ikke fundet");
        assertThat(page.selectFirst("main").text()).contains("Der findes ingen side på denne adresse.");
        assertThat(page.select("nav.main-nav a")).isNotEmpty();
        assertThat(page.selectFirst("nav.language a[hreflang=en]").attr("href"))
                .isEqualTo("/referater-der-ikke-findes?lang=en");
    }

    @Test
    void theErrorPageSpeaksEnglishAtTheSwitch() throws Exception {
        HttpResponse<String> answer = send(page("/referater-der-ikke-findes?lang=en").GET());

        assertThat(answer.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Not found");
    }

    @Test
    void opening_anAddressThatOnlySaves_isAPageThatSaysSo() throws Exception {
        HttpResponse<String> answer = send(page("/formand/referater/" + UUID.randomUUID() + "/godkend").GET());

        assertThat(answer.statusCode()).isEqualTo(405);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Siden kan ikke bruges sådan");
        assertThat(answer.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void aFormThatComesBackWithoutItsTokenSavesNothingAndShowsWhatWasTyped() throws Exception {
        String notes = "Forslaget blev drøftet; sekretariatet undersøger økonomien til næste møde.";
        String body = "text=" + URLEncoder.encode(notes, StandardCharsets.UTF_8)
                + "&_csrf=udloebet&form=notes-1&personId=" + UUID.randomUUID();
        HttpResponse<String> answer = send(page("/sekretaer/moeder/" + UUID.randomUUID() + "/punkter/"
                + UUID.randomUUID() + "/referat")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(answer.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Ingen adgang");
        assertThat(page.selectFirst("main").text()).contains("Formularen er udløbet", "Intet er gemt");
        assertThat(page.selectFirst("#typed-heading").text()).isEqualTo("Det du skrev, er ikke gemt");
        assertThat(page.select("section.typed textarea")).singleElement()
                .satisfies(field -> {
                    assertThat(field.text()).isEqualTo(notes);
                    assertThat(field.hasAttr("readonly")).isTrue();
                    assertThat(page.selectFirst("label[for=" + field.id() + "]").text()).isEqualTo("Tekst");
                });
        // the language links of a failed save lead to a page that can be shown, not back to the save
        assertThat(page.selectFirst("nav.language a[hreflang=en]").attr("href")).isEqualTo("/?lang=en");
    }

    @Test
    void theApiStillAnswersProblemJson() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/findes-ikke"))
                .header("Authorization", basic()).header("Accept", "application/json").GET());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("Der findes intet på denne adresse.");
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", basic()).header("Accept", "text/html");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("sekretaer:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
