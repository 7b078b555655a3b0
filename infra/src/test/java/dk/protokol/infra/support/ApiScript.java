package dk.protokol.infra.support;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.web.Http;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the HTTP API as the demo users do, remembering the newest position it was answered so that its
 * reads can ask for their own writes ({@code minPosition}), and checking that refused requests record nothing.
 */
public final class ApiScript {

    public static final String PASSWORD = "demo";

    private final Http http;
    private final RestClient documents;
    private final JdbcTemplate jdbc;
    private long position;

    private final int port;

    public ApiScript(int port, JdbcTemplate jdbc) {
        this.port = port;
        this.http = new Http(port);
        this.documents = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://127.0.0.1:" + port).build();
        this.jdbc = jdbc;
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        this.position = head == null ? 0 : head;
    }

    public long position() {
        return position;
    }

    /** A POST that must create something (201); answers the new id. */
    public String create(String user, String path, String json) {
        Http.Answer answer = http.post(user, PASSWORD, path, json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        remember(answer);
        return answer.json().path("id").asText();
    }

    /** A bilag uploaded (multipart {@code file}, 201); answers its id. */
    public String upload(String user, String path, String fileName, byte[] content) {
        Uploads.Answer answer = new Uploads(port).upload(user, path, fileName, "application/octet-stream", content,
                java.util.Map.of());
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        Http.Answer asJson = new Http.Answer(answer.status(), new org.springframework.http.HttpHeaders(),
                answer.text());
        remember(asJson);
        return asJson.json().path("id").asText();
    }

    /** A POST that must succeed (200 or 201). */
    public JsonNode post(String user, String path, String json) {
        Http.Answer answer = http.post(user, PASSWORD, path, json);
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        remember(answer);
        return answer.json();
    }

    /** A request that must be refused with {@code status}, as problem+json, recording no event. */
    public JsonNode refused(int status, Supplier<Http.Answer> request) {
        long before = eventCount();
        Http.Answer answer = request.get();
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(eventCount()).as("events stored after a refused request").isEqualTo(before);
        return answer.json();
    }

    public JsonNode refusedPost(int status, String user, String path, String json) {
        return refused(status, () -> http.post(user, PASSWORD, path, json));
    }

    /** A GET that sees at least everything this script has written. */
    public JsonNode get(String user, String path) {
        Http.Answer answer = getAnswer(user, path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    public Http.Answer getAnswer(String user, String path) {
        return http.get(user, PASSWORD, upToDate(path));
    }

    /**
     * A GET of a document (Markdown, PDF, iCalendar: any media type) that sees at least everything this script
     * has written; must answer 200. Answers the body as it came, byte for byte.
     */
    public byte[] bytes(String user, String path) {
        return documents.get().uri(upToDate(path))
                .headers(headers -> headers.setBasicAuth(user, PASSWORD, StandardCharsets.UTF_8))
                .accept(MediaType.ALL)
                .exchange((request, response) -> {
                    byte[] body = response.getBody().readAllBytes();
                    assertThat(response.getStatusCode().value()).as(new String(body, StandardCharsets.UTF_8))
                            .isEqualTo(200);
                    return body;
                });
    }

    /** {@link #bytes} of a text document, read as UTF-8. */
    public String text(String user, String path) {
        return new String(bytes(user, path), StandardCharsets.UTF_8);
    }

    /** The path below a meeting: {@code /api/meetings/{meetingId}{path}}. */
    public static String inMeeting(String meetingId, String path) {
        return "/api/meetings/" + meetingId + path;
    }

    /** The item {@code itemId} on the agenda of {@code minutes} (as {@code /api/meetings/{id}/minutes} answers). */
    public static JsonNode agendaItem(JsonNode minutes, String itemId) {
        for (JsonNode item : minutes.path("agenda")) {
            if (item.path("itemId").asText().equals(itemId)) {
                return item;
            }
        }
        throw new AssertionError("item " + itemId + " missing in " + minutes);
    }

    /** The id of a demo body, found by name in the organisation chart. */
    public String bodyId(String name) {
        List<JsonNode> all = new ArrayList<>();
        get("evaluator", "/api/org-chart").path("organisations")
                .forEach(organisation -> collect(organisation.path("bodies"), all));
        return all.stream().filter(b -> b.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no body " + name)).path("id").asText();
    }

    /** The members of a body today, with the voting roles first. */
    public List<JsonNode> members(String bodyId, String... roles) {
        List<JsonNode> members = new ArrayList<>();
        get("evaluator", "/api/bodies/" + bodyId).path("members").forEach(member -> {
            if (roles.length == 0 || List.of(roles).contains(member.path("role").asText())) {
                members.add(member);
            }
        });
        return members;
    }

    private static void collect(JsonNode bodies, List<JsonNode> into) {
        for (JsonNode body : bodies) {
            into.add(body);
            collect(body.path("children"), into);
        }
    }

    private String upToDate(String path) {
        return path + (path.contains("?") ? "&" : "?") + "minPosition=" + position;
    }

    private void remember(Http.Answer answer) {
        position = Math.max(position, answer.json().path("position").asLong());
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }
}
