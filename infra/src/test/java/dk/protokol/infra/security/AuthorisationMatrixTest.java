package dk.protokol.infra.security;

import dk.protokol.infra.operations.ViewRebuild;
import java.time.Duration;
import static org.awaitility.Awaitility.await;

import org.springframework.mock.web.MockMultipartFile;
import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The authorisation matrix (issue 11): every operation of the API as its OpenAPI document lists it, by every kind of
 * caller (anonymous, a member, a chair, a secretary, an evaluator, an administrator), on the caller's own body (BPS,
 * where the demo's member, chair and secretary sit) and on a body none of them has anything to do with. Each cell is
 * asserted against the policy written out below — independently of the code that enforces it: refused (401 without
 * a caller, 403 with one) or let through (any other answer; the request body is {@code {}}, so most are then refused
 * as input, 400, or by a rule, 409). No cell answers 5xx. An operation the table does not know fails the test, so a
 * new endpoint must be placed in the matrix.
 */
@DemoDataTest
class AuthorisationMatrixTest {

    enum Who {
        ANONYMOUS(null), MEMBER("medlem"), CHAIR("formand"), SECRETARY("sekretaer"), EVALUATOR("evaluator"),
        ADMIN("admin");

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    /** Whose body the path's ids name: the caller's own (BPS), or another nobody of the demo sits in. */
    enum Body { OWN, OTHER }

    /** The file of an upload cell: a bilag (a tiny PDF) as the multipart endpoint takes it. */
    private static final MockMultipartFile BILAG = new MockMultipartFile("file", "matrix.pdf", "application/pdf",
            "%PDF-1.4\n% matrixprøve\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> SITTING = EnumSet.of(Who.MEMBER, Who.CHAIR, Who.SECRETARY);
    /**
     * Read without login (issue 14): a publishing body's public page and documents. Everyone, anonymous included, is let
     * through; what they show is the read side's to decide (404 here: the matrix's bodies do not publish).
     */
    private static final Set<String> PUBLIC = Set.of("GET /offentlig/organer/{bodyId}/feed.atom",
            "GET /offentlig/organer/{bodyId}/bilag/{attachmentId}",
            "GET /offentlig/organer/{bodyId}/moeder/{meetingId}/referat.pdf");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountUserDetailsService accounts;
    @Autowired
    ViewRebuild rebuild;

    /** The ids the path variables take in each body. */
    private final Map<Body, Map<String, String>> ids = new LinkedHashMap<>();

    @Test
    void everyOperationByEveryCallerOnOwnAndOtherBodyAnswersAsThePolicySays() throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        arrange(api);
        // in process, with each caller's own account as the principal: the same filter chain, method security and
        // policy as over HTTP, without checking a password 800 times
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Map<Who, RequestPostProcessor> callers = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            callers.put(who, who.user == null ? anonymous() : user(accounts.loadUserByUsername(who.user)));
        }
        JsonNode paths = new ObjectMapper().readTree(mvc.perform(get("/v3/api-docs").with(callers.get(Who.ADMIN)))
                .andReturn().getResponse().getContentAsString()).path("paths");

        Map<String, BiPredicate<Who, Body>> policy = policy();
        Set<String> unknown = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                String operation = method + " " + path.getKey();
                BiPredicate<Who, Body> allowed = policy.get(operation);
                if (allowed == null) {
                    unknown.add(operation);
                    continue;
                }
                boolean scoped = path.getKey().contains("{");
                for (Body body : scoped ? List.of(Body.OWN, Body.OTHER) : List.of(Body.OWN)) {
                    String uri = fill(path.getKey(), body);
                    for (Who who : Who.values()) {
                        MockHttpServletRequestBuilder request = method.equals("GET") ? get(uri)
                                : operation.endsWith("/attachments") ? multipart(uri).file(BILAG).with(csrf())
                                : post(uri).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
                        MockHttpServletResponse answer = mvc.perform(request.with(callers.get(who)))
                                .andReturn().getResponse();
                        cells++;
                        if (operation.equals("POST /api/admin/rebuild") && answer.getStatus() == 202) {
                            // a real rebuild of the shared context's views: the next cells and tests read them whole
                            await().atMost(Duration.ofMinutes(2)).until(() ->
                                    rebuild.progress().state().equals("DONE"));
                        }
                        boolean expected = (who != Who.ANONYMOUS || PUBLIC.contains(operation))
                                && allowed.test(who, body);
                        int refusedWith = who == Who.ANONYMOUS ? 401 : 403;
                        boolean asExpected = expected ? answer.getStatus() != 401 && answer.getStatus() != 403
                                : answer.getStatus() == refusedWith;
                        if (!asExpected || answer.getStatus() >= 500) {
                            wrong.add(operation + " " + body + " " + who + ": " + answer.getStatus()
                                    + (expected ? " (expected let through)" : " (expected " + refusedWith + ")"));
                        }
                    }
                }
            }
        }
        System.out.println("Authorisation matrix: " + cells + " cells, " + wrong.size() + " unexpected");
        assertThat(unknown).as("operations the matrix does not place").isEmpty();
        assertThat(wrong).as("cells answered otherwise than the policy says").isEmpty();
        assertThat(cells).isGreaterThan(500);
    }

    /**
     * The policy, written out per operation: who is let through on their own body and on another. The member owns
     * the own body's action; the own body's case was referred by BPS to FKU, which the secretary also serves.
     */
    private static Map<String, BiPredicate<Who, Body>> policy() {
        Map<String, BiPredicate<Who, Body>> p = new LinkedHashMap<>();
        BiPredicate<Who, Body> signedIn = (who, body) -> SIGNED_IN.contains(who);
        BiPredicate<Who, Body> reader = (who, body) -> who == Who.EVALUATOR || who == Who.ADMIN
                || body == Body.OWN && SITTING.contains(who);
        BiPredicate<Who, Body> recorder = (who, body) -> who == Who.ADMIN || body == Body.OWN && who == Who.SECRETARY;
        BiPredicate<Who, Body> admin = (who, body) -> who == Who.ADMIN;
        BiPredicate<Who, Body> approver = (who, body) -> body == Body.OWN && (who == Who.MEMBER || who == Who.CHAIR);
        BiPredicate<Who, Body> followsUp = (who, body) -> who == Who.ADMIN
                || body == Body.OWN && (who == Who.CHAIR || who == Who.SECRETARY);
        BiPredicate<Who, Body> ownerToo = (who, body) -> followsUp.test(who, body) || body == Body.OWN && who == Who.MEMBER;

        // the organisation: open to every signed-in user; changed by an administrator
        for (String read : List.of("/api/bodies", "/api/bodies/{id}", "/api/org-chart", "/api/history/bodies/{id}",
                "/api/history/people/{id}")) {
            p.put("GET " + read, signedIn);
        }
        for (String change : List.of("/api/people", "/api/people/{id}/details", "/api/bodies",
                "/api/bodies/{id}/relations", "/api/bodies/{id}/members", "/api/bodies/{id}/members/{personId}/role",
                "/api/bodies/{id}/members/{personId}/end", "/api/bodies/{id}/dissolve", "/api/bodies/{id}/rename",
                "/api/bodies/{id}/mandate", "/api/bodies/{id}/cadence", "/api/bodies/{id}/quorum",
                "/api/bodies/{id}/successor", "/api/bodies/{id}/relations/end", "/api/bodies/{id}/approved-minutes",
                "/api/bodies/{id}/objection-period", "/api/bodies/{id}/publication", "/api/accounts",
                "/api/accounts/{username}/disable", "/api/accounts/{username}/password",
                "/api/accounts/{username}/person")) {
            p.put("POST " + change, admin);
        }
        // lists: every signed-in user, narrowed to what they read
        for (String list : List.of("/api/meetings", "/api/decisions", "/api/actions", "/api/actions.csv",
                "/api/my/actions", "/api/referrals")) {
            p.put("GET " + list, signedIn);
        }
        // a body's or a meeting's own things: its readers
        for (String read : List.of("/api/meetings/{id}/minutes", "/api/meetings/{id}/minutes.pdf",
                "/api/meetings/{id}/minutes.md", "/api/meetings/{id}.ics", "/api/bodies/{id}/meetings.ics",
                "/api/bodies/{id}/actions/overview", "/api/bodies/{id}/statistics", "/api/history/meetings/{id}",
                "/api/history/meetings/{id}/items/{itemId}", "/api/history/meetings/{id}/decisions/{decisionId}",
                "/api/actions/{id}", "/api/cases/{id}", "/api/attachments/{id}")) {
            p.put("GET " + read, reader);
        }
        p.put("GET /api/bodies/{id}/meeting-plan", recorder);
        p.put("POST /api/bodies/{id}/meeting-plan", recorder);
        // scheduling without a body guards nothing: the command refuses it as input
        p.put("POST /api/meetings", signedIn);
        for (String record : List.of("/joint-bodies", "/joint-bodies/withdraw", "/reschedule", "/cancel",
                "/chair-of-the-day", "/minute-taker", "/agenda/order", "/agenda/publish", "/attendance", "/open",
                "/close", "/agenda-items", "/agenda-items/{itemId}/amend", "/agenda-items/{itemId}/withdraw",
                "/agenda-items/{itemId}/conflicts", "/agenda-items/{itemId}/notes",
                "/agenda-items/{itemId}/decisions", "/decisions/{decisionId}/remarks",
                "/agenda-items/{itemId}/actions", "/agenda-items/{itemId}/referrals", "/minutes/circulate",
                "/minutes/corrections", "/agenda-items/{itemId}/attachments",
                "/agenda-items/{itemId}/attachments/{attachmentId}/withdraw")) {
            p.put("POST /api/meetings/{id}" + record, recorder);
        }
        p.put("POST /api/meetings/{id}/minutes/approve", approver);
        // comments on circulated minutes (issue 14): those who sit in the body; answered by its recorders
        p.put("POST /api/meetings/{id}/minutes/comments", (who, body) -> body == Body.OWN && SITTING.contains(who));
        p.put("POST /api/meetings/{id}/minutes/comments/{commentId}/answer", recorder);
        for (String work : List.of("/reassign", "/due-date", "/cancel", "/reopen")) {
            p.put("POST /api/actions/{id}" + work, followsUp);
        }
        for (String work : List.of("/progress", "/complete", "/attachments")) {
            p.put("POST /api/actions/{id}" + work, ownerToo);
        }
        // personal data (issue 11): erased and marked by an administrator; exported for the administrator or the
        // person themself (the own body's person is the member's)
        p.put("POST /api/people/{id}/erasure", admin);
        p.put("POST /api/people/{id}/official", admin);
        p.put("GET /api/people/{id}/data", (who, body) -> who == Who.ADMIN || body == Body.OWN && who == Who.MEMBER);
        // mail (issue 14): the language of a person's mail, chosen by an administrator or the person; the outbox read
        // by administrators and bodies' secretaries (narrowed to their bodies' mail)
        p.put("POST /api/people/{id}/language", (who, body) -> who == Who.ADMIN || body == Body.OWN && who == Who.MEMBER);
        p.put("GET /api/outbox", (who, body) -> who == Who.ADMIN || who == Who.SECRETARY);
        // the dead-letter queue (issue 13): an administrator's
        p.put("GET /api/admin/dead-letters", admin);
        p.put("POST /api/admin/dead-letters/{group}/retry", admin);
        p.put("POST /api/admin/dead-letters/{group}/evict", admin);
        // API keys (issue 15): an administrator, or the account itself (the matrix's account is none of the callers)
        p.put("GET /api/accounts/{username}/api-keys", admin);
        p.put("POST /api/accounts/{username}/api-keys", admin);
        p.put("POST /api/accounts/{username}/api-keys/{id}/revoke", admin);
        p.put("POST /api/admin/rebuild", admin);
        p.put("GET /api/admin/rebuild", admin);
        p.put("GET /api/admin/views/checksums", admin);
        // the audit (issue 12): evaluators and administrators
        BiPredicate<Who, Body> auditor = (who, body) -> who == Who.EVALUATOR || who == Who.ADMIN;
        for (String audit : List.of("GET /api/audit/events", "GET /api/audit/verify", "GET /api/audit/verify/progress",
                "GET /api/audit/checkpoints", "POST /api/audit/checkpoints",
                "GET /api/audit/checkpoints/{position}/statement", "GET /api/audit/export.ndjson",
                "GET /api/meetings/{id}/archive.zip")) {
            p.put(audit, auditor);
        }
        for (String open : PUBLIC) {
            p.put(open, (who, body) -> true);
        }
        // the case referred to FKU is accepted by FKU's recorders: the secretary records for FKU too
        p.put("POST /api/referrals/{id}/accept", recorder);
        return p;
    }

    private String fill(String template, Body body) {
        Map<String, String> values = ids.get(body);
        String resource = template.replaceFirst("^/api/(history/)?", "").replaceFirst("/.*", "");
        String id = switch (resource) {
            case "meetings" -> values.get("meeting");
            case "bodies" -> values.get("body");
            case "actions" -> values.get("action");
            case "cases", "referrals" -> values.get("referral");
            case "people" -> values.get("person");
            case "attachments" -> values.get("attachment");
            default -> values.get("body");
        };
        return template.replace("{id}", id).replace("{itemId}", values.get("item"))
                .replace("{decisionId}", values.get("decision")).replace("{commentId}", values.get("decision"))
                .replace("{bodyId}", values.get("body")).replace("{meetingId}", values.get("meeting"))
                .replace("{attachmentId}", values.get("attachment")).replace("{personId}", values.get("person"))
                .replace("{username}", "matrix-konto").replace("{group}", "minutes").replace("{position}", "1");
    }

    /**
     * BPS (the member, the chair and the secretary sit in it): an open meeting with an item, a decision, an action
     * the member owns and a case referred to FKU. A closed group nobody of the demo sits in: the same, the action
     * owned by its own member, the case referred to a second closed group. An account to keep.
     */
    private void arrange(ApiScript api) {
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        String member = personNamed(api, bps, "Grethe Uldall Holm");
        ids.put(Body.OWN, meetingWithEverything(api, "sekretaer", bps, fku, member));

        String closed = api.create("admin", "/api/bodies", """
                {"name": "Lukket gruppe om matrixprøven", "kind": "WORKING_GROUP", "organisation": "BolivVejle",
                 "establishedOn": "2026-01-01"}""");
        String closedToo = api.create("admin", "/api/bodies", """
                {"name": "Anden lukket gruppe om matrixprøven", "kind": "WORKING_GROUP", "organisation": "BolivVejle",
                 "establishedOn": "2026-01-01"}""");
        String outsider = api.create("admin", "/api/people", "{\"name\":\"Ove Udenfor\"}");
        api.post("admin", "/api/bodies/" + closed + "/members",
                "{\"personId\":\"" + outsider + "\",\"role\":\"MEMBER\",\"from\":\"2026-01-01\"}");
        ids.put(Body.OTHER, meetingWithEverything(api, "admin", closed, closedToo, outsider));
        api.create("admin", "/api/accounts", "{\"username\":\"matrix-konto\",\"password\":\"" + ApiScript.PASSWORD
                + "-matrix-konto\"}");
    }

    private static Map<String, String> meetingWithEverything(ApiScript api, String recorder, String body,
                                                             String referTo, String owner) {
        String meeting = api.create(recorder, "/api/meetings", "{\"bodyId\":\"" + body
                + "\",\"start\":\"2028-03-07T10:00\",\"expectedEnd\":\"2028-03-07T12:00\",\"location\":\"Rådhuset\"}");
        String item = api.create(recorder, inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Sag til matrixprøven\",\"kind\":\"DECISION\"}");
        api.post(recorder, inMeeting(meeting, "/agenda/publish"), "{}");
        api.post(recorder, inMeeting(meeting, "/open"), "{}");
        String decision = api.create(recorder, inMeeting(meeting, "/agenda-items/" + item + "/decisions"),
                "{\"text\":\"Sagen drøftes videre.\",\"outcome\":\"POSTPONED\"}");
        String action = api.create(recorder, inMeeting(meeting, "/agenda-items/" + item + "/actions"),
                "{\"description\":\"Skaffe tal til matrixprøven\",\"ownerId\":\"" + owner
                        + "\",\"dueDate\":\"2028-04-01\"}");
        String referral = api.create(recorder, inMeeting(meeting, "/agenda-items/" + item + "/referrals"),
                "{\"targetBodyId\":\"" + referTo + "\",\"note\":\"Til videre behandling.\"}");
        String attachment = api.upload(recorder, inMeeting(meeting, "/agenda-items/" + item + "/attachments"),
                "matrix.pdf", "%PDF-1.4\n% matrix\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Map.of("meeting", meeting, "body", body, "item", item, "decision", decision, "action", action,
                "referral", referral, "person", owner, "attachment", attachment);
    }

    private static String personNamed(ApiScript api, String body, String name) {
        for (JsonNode member : api.members(body)) {
            if (member.path("name").asText().equals(name)) {
                return member.path("personId").asText();
            }
        }
        throw new AssertionError("no member " + name);
    }
}
