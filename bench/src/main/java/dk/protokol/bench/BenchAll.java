package dk.protokol.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.caller.OpenAccount;
import dk.protokol.events.command.action.ReportActionProgress;
import dk.protokol.events.command.meeting.ApproveMinutes;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.json.EventJson;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.deadletters.ProcessorProgress;
import dk.protokol.infra.security.AccountService;
import dk.protokol.query.operations.Operations.RebuildProgress;
import dk.protokol.infra.operations.ViewRebuild;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every benchmark of issue 15 in one run, each figure beside a ceiling measured in the same run, written to
 * {@code bench/RESULTS.md} (the part above its "earlier figures" heading). Run with {@code bench/run}; settings as
 * system properties: {@code bench.events} (1,000,000), {@code bench.seed} (15), {@code bench.years} (12),
 * {@code bench.rebuild.cap} (PT10M), {@code bench.catchup.cap} (PT3H), {@code bench.requests} (300),
 * {@code bench.ingest} (2,000 commands each way), {@code bench.batch} (2,000 events per append transaction),
 * {@code bench.db} (127.0.0.1:5432), {@code bench.user} (postgres), {@code bench.out} (bench/RESULTS.md),
 * {@code bench.generate-only} (true: only generate into a fresh database, time it, and stop).
 * <p>
 * On a fresh PostgreSQL database: the dataset is generated and loaded on a command node (no views running, so
 * generation is timed alone), then a full node starts and folds it (the first catch-up), the views and dead letters
 * are checked, and the HTTP, ingest and lag figures are taken; then a child JVM with {@code -Xmx256m} rebuilds every
 * view, and another starts the embedded application (H2 file database, demo data) as the README's first command does.
 */
public final class BenchAll {

    static final String HOST = System.getProperty("bench.db", "127.0.0.1:5432");
    static final String USER = System.getProperty("bench.user", "postgres");
    static final int WRITERS = 8;
    static final String PASSWORD = "bench-adgangskode";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String MARKER = "## Earlier figures";

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String loadAtStart = "";

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException unknown) {
            return "not known";
        }
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        if (args.length > 0 && args[0].equals("rebuild-child")) {
            rebuildChild(args[1], Duration.parse(args[2]));
            return;
        }
        int exit = 1;
        try {
            new BenchAll().run();
            exit = 0;
        } catch (Throwable failed) {
            failed.printStackTrace();
        } finally {
            System.exit(exit); // Axon leaves non-daemon threads behind a closed context
        }
    }

    private void run() throws Exception {
        long events = Long.getLong("bench.events", 1_000_000);
        long seed = Long.getLong("bench.seed", 15);
        int years = Integer.getInteger("bench.years", 12);
        int batch = Integer.getInteger("bench.batch", 2000);
        int requests = Integer.getInteger("bench.requests", 300);
        int ingest = Integer.getInteger("bench.ingest", 2000);
        Duration rebuildCap = Duration.parse(System.getProperty("bench.rebuild.cap", "PT10M"));
        Duration catchUpCap = Duration.parse(System.getProperty("bench.catchup.cap", "PT3H"));
        Instant started = Instant.now();
        loadAtStart = loadAverage();

        String database = createDatabase();
        log("database %s, target %,d events, %d cores, max heap %d MB", database, events,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        // 1. generation, alone: a command node runs no views
        NationalDataset.Settings settings = NationalDataset.forEvents(events, seed, 2013, years);
        NationalDataset dataset = new NationalDataset(settings);
        double generationSeconds;
        boolean lookupsFilled;
        try (ConfigurableApplicationContext app = start(database, "--protokol.node.role=command")) {
            long t0 = System.nanoTime();
            lookupsFilled = new DatasetLoader(app, batch).load(dataset);
            generationSeconds = (System.nanoTime() - t0) / 1e9;
        }
        NationalDataset.Counts counts = dataset.counts();
        NationalDataset.Landmarks marks = dataset.landmarks();
        log("generated %s in %.1f s (%.0f events/s); lookups filled: %s", counts, generationSeconds,
                counts.events / generationSeconds, lookupsFilled);
        notes.add(String.format("Dataset: seed %d, %d partnerships × 6 bodies × %d years (%d–%d): %s. Generated and "
                        + "appended through the application's `EventStorageEngine` in transactions of %,d events "
                        + "in %.1f s (%,.0f events/s), no views running; the command side's lookups filled "
                        + "afterwards by `OrgLookupRebuilder`: %s.", seed, settings.partnerships(), years, 2013,
                2013 + years - 1, counts, batch, generationSeconds, counts.events / generationSeconds,
                lookupsFilled));
        if (Boolean.getBoolean("bench.generate-only")) {
            return;
        }

        try (ConfigurableApplicationContext app = start(database)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ProcessorProgress progress = app.getBean(ProcessorProgress.class);
            // 2. the first catch-up, the views and dead letters checked
            long t0 = System.nanoTime();
            boolean caughtUp = waitCaughtUp(progress, catchUpCap);
            double catchUp = (System.nanoTime() - t0) / 1e9;
            log("first catch-up %s after %.1f s", caughtUp ? "done" : "NOT done", catchUp);
            notes.add(String.format("First catch-up of every view on a fresh node: %s in %.0f s (%.0f events/s).",
                    caughtUp ? "done" : "not done within " + catchUpCap, catchUp, counts.events / catchUp));
            checkViews(jdbc, counts);
            checkCommands(app, marks);

            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            AccountService accounts = app.getBean(AccountService.class);
            open(accounts, "bench-admin", null, Set.of(GlobalRole.ADMIN));
            open(accounts, "bench-evaluator", null, Set.of(GlobalRole.EVALUATOR));
            open(accounts, "bench-sekretaer", marks.secretary, Set.of());
            open(accounts, "bench-formand", marks.chair, Set.of());
            String adminKey = apiKey(base, "bench-admin", PASSWORD);
            String readKey = apiKey(base, "bench-evaluator", PASSWORD);

            // 3. reads over HTTP
            Stats health = measure(requests, () -> get(base + "/actuator/health", null));
            // the account's own keys: a small answer that reads no view, so what is measured is the request with
            // its key check; then one body, which reads a view
            Stats oneRequest = measure(requests, () -> get(base + "/api/accounts/bench-evaluator/api-keys", readKey));
            row("one authenticated API request (`GET /api/accounts/{own}/api-keys`, API key), p50 / p99", oneRequest,
                    "unauthenticated health check " + ms(health), oneRequest.p50 / health.p50, "≤ 10 ms",
                    oneRequest.p50 <= 10, "");
            Stats oneRead = measure(requests, () -> get(base + "/api/bodies/" + marks.steeringGroup, readKey));
            row("one body (`GET /api/bodies/{id}`, API key), p50 / p99", oneRead,
                    "unauthenticated health check " + ms(health), oneRead.p50 / health.p50, "—", null, "");
            LocalDateTime asOfLocal = marks.deepMeetingDay.plusDays(1).atTime(12, 0);
            Instant asOf = asOfLocal.atZone(NationalDataset.COPENHAGEN).toInstant();
            Stats asOfMinutes = measure(requests, () -> get(base + "/api/meetings/" + marks.deepMeeting
                    + "/minutes?asOf=" + asOf, readKey));
            row("as-of minutes of a meeting in the middle of the history (API key), p50 / p99", asOfMinutes,
                    "health " + ms(health), asOfMinutes.p99 / health.p99, "p99 ≤ 20 ms", asOfMinutes.p99 <= 20,
                    "as of an instant the meeting, the meetings approved at it and each person and body it names are "
                    + "folded from their own event streams (a statement and a decode per aggregate, the people's "
                    + "keys besides), where a live answer reads one view row; a view row per version would make it "
                    + "one read");
            Stats live = measure(requests, () -> get(base + "/api/meetings/" + marks.deepMeeting + "/minutes",
                    readKey));
            row("the same minutes, live (API key), p50 / p99", live, "health " + ms(health), live.p99 / health.p99,
                    "—", null, "");
            String organisation = URLEncoder.encode(marks.organisation, StandardCharsets.UTF_8);
            Stats orgChart = measure(requests, () -> get(base + "/api/org-chart?organisation=" + organisation + "&on="
                    + marks.deepMeetingDay, readKey));
            row("org chart of one partnership on a date in the middle of the history (API key), p50 / p99", orgChart,
                    "health " + ms(health), orgChart.p99 / health.p99, "—", null, "");
            Stats orgChartAll = measure(Math.max(20, requests / 10), () -> get(base + "/api/org-chart?on="
                    + marks.deepMeetingDay, readKey));
            row("org chart of every partnership on that date (API key), p50 / p99", orgChartAll,
                    "health " + ms(health), orgChartAll.p99 / health.p99, "—", null, "");
            Stats bodyOpen = measure(requests, () -> get(base + "/api/actions?status=OPEN&bodyId="
                    + marks.steeringGroup, readKey));
            row("open actions of one body (API key), p50 / p99", bodyOpen, "health " + ms(health),
                    bodyOpen.p99 / health.p99, "p99 ≤ 10 ms", bodyOpen.p99 <= 10, OPEN_CAUSE);
            Stats ownerOpen = measure(requests, () -> get(base + "/api/actions?status=OPEN&ownerId="
                    + marks.actionOwner, readKey));
            row("open actions of one owner (API key), p50 / p99", ownerOpen, "health " + ms(health),
                    ownerOpen.p99 / health.p99, "p99 ≤ 10 ms", ownerOpen.p99 <= 10, OPEN_CAUSE);
            Stats allOpen = measure(Math.max(10, requests / 30), () -> get(base + "/api/actions?status=OPEN", readKey));
            row(String.format("every open action, `GET /api/actions?status=OPEN` (%,d lines), p50 / p99",
                            counts.actions - counts.actionsCompleted), allOpen, "health " + ms(health),
                    allOpen.p99 / health.p99, "p99 ≤ 10 ms", allOpen.p99 <= 10,
                    "the answer holds every open action of the country (no `limit`): read, decoded and written out "
                    + "whole; see the next row for a page of it");
            Stats firstPage = measure(Math.max(10, requests / 3), () -> get(base
                    + "/api/actions?status=OPEN&limit=100", readKey));
            row("the first 100 open actions, `GET /api/actions?status=OPEN&limit=100`, p50 / p99", firstPage,
                    "health " + ms(health), firstPage.p99 / health.p99, "p99 ≤ 10 ms", firstPage.p99 <= 10,
                    "`limit` cuts the list after it is built whole: every open action is read, decoded, named and "
                            + "ordered in the JVM (" + OPEN_CAUSE + "), so a page of 100 costs as much as the whole "
                            + "list; an ordered, limited SQL query needs the meeting day on action_view");

            // 4. pages on a session
            Session secretary = login(base, "bench-sekretaer");
            Session chair = login(base, "bench-formand");
            String pageAsOf = asOfLocal.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
            Map<String, Stats> pages = new LinkedHashMap<>();
            pages.put("minutes page, live (`/moeder/{id}`)",
                    measure(requests, () -> secretary.get("/moeder/" + marks.deepMeeting)));
            pages.put("minutes page, as of (`/moeder/{id}?asOf=`)",
                    measure(requests, () -> secretary.get("/moeder/" + marks.deepMeeting + "?asOf=" + pageAsOf)));
            pages.put("action list page (`/handlinger`)", measure(requests, () -> secretary.get("/handlinger")));
            pages.put("org chart page (`/organisation`)",
                    measure(requests, () -> secretary.get("/organisation?on=" + marks.deepMeetingDay)));
            pages.put("secretary's dashboard (`/sekretaer`)", measure(requests, () -> secretary.get("/sekretaer")));
            pages.put("chair's page (`/formand`)", measure(requests, () -> chair.get("/formand")));
            pages.forEach((what, stats) -> row(what + " on a session, p50 / p99", stats, "health " + ms(health),
                    stats.p99 / health.p99, "p99 ≤ 50 ms", stats.p99 <= 50, PAGE_CAUSES.getOrDefault(what,
                            "not analysed one by one: the page reads only what it shows (12–54 statements in "
                                    + "PagesAtScaleOnPostgresTest); the rest is decoding and Thymeleaf")));

            // 5. ingest: raw single-row commits (ceiling), the gateway, HTTP with an API key; lag after the burst
            Load raw = rawInserts(database, ingest);
            CommandGateway gateway = app.getBean(CommandGateway.class);
            run(ingest / 10, i -> gateway.sendAndWait(register("opvarmning", i)));
            Load viaGateway = run(ingest, i -> gateway.sendAndWait(register("gateway", i)));
            rowLoad("ingest through the command gateway, 8 writers (`RegisterPerson`)", viaGateway, raw, 0.5,
                    "the commit-order lock serialises appends through commit (results/ingest-2026-12-06*.md)");
            String person = "{\"name\":\"Navn Navnesen %d\",\"email\":\"http%d@eksempel.dk\",\"organisation\":"
                    + "\"Vejle Kommune\"}";
            run(ingest / 10, i -> post(base + "/api/people", adminKey, String.format(person, -i, -i)));
            Load viaHttp = run(ingest, i -> post(base + "/api/people", adminKey, String.format(person, i, i)));
            long lastAck = viaHttp.lastAck;
            rowLoad("ingest over HTTP with an API key, 8 writers (`POST /api/people`)", viaHttp, raw, 0.3,
                    "as through the gateway, plus HTTP, security and JSON per command");
            boolean lagDone = waitCaughtUp(progress, Duration.ofMinutes(5));
            double lag = (System.nanoTime() - lastAck) / 1e9;
            rows.add(String.format("| projection lag after the HTTP burst (last acknowledged command → every "
                            + "streaming processor at the head) | %.2f s | — | — | ≤ 1 s | %s |", lag,
                    !lagDone ? "missed: not caught up in 5 min" : lag <= 1 ? "met"
                            : "missed: the burst's events go through every view's processor (9 groups × 2 segments, "
                            + "each reading the store and writing its rows per batch) on 2 cores, beside the burst "
                            + "itself: the lag is the burst's backlog at the views' rate (see the rebuild row)"));
            log("lag %.2f s", lag);
        }

        // 6. full rebuild in a child JVM with 256 MB of heap, against a raw sequential read + JSON parse
        Load read = rawReadAndParse(database);
        rebuild(database, rebuildCap, read);

        // 7. the embedded start
        embeddedStart();

        write(started, settings, counts);
    }

    // ------------------------------------------------------------------ checks of the generated store

    private void checkViews(JdbcTemplate jdbc, NationalDataset.Counts counts) {
        long deadLetters = count(jdbc, "dead_letter_entry");
        Map<String, long[]> views = new LinkedHashMap<>();
        views.put("body_view", new long[]{count(jdbc, "body_view"), counts.bodies});
        views.put("person_view", new long[]{count(jdbc, "person_view"), counts.people});
        views.put("minutes_view", new long[]{count(jdbc, "minutes_view"), counts.meetings});
        views.put("decision_register", new long[]{count(jdbc, "decision_register"), counts.decisions});
        views.put("action_view", new long[]{count(jdbc, "action_view"), counts.actions});
        views.put("case_referral", new long[]{count(jdbc, "case_referral"), counts.referrals});
        StringBuilder text = new StringBuilder("After the first catch-up: dead letters " + deadLetters + "; views (rows"
                + " / generated): ");
        boolean all = deadLetters == 0;
        for (Map.Entry<String, long[]> view : views.entrySet()) {
            text.append(String.format("%s %,d / %,d; ", view.getKey(), view.getValue()[0], view.getValue()[1]));
            all &= view.getValue()[0] == view.getValue()[1];
        }
        Long open = jdbc.queryForObject("SELECT COUNT(*) FROM action_view WHERE state LIKE '%\"status\":\"OPEN\"%'",
                Long.class);
        text.append(String.format("open actions in action_view %,d / %,d. %s", open,
                counts.actions - counts.actionsCompleted, all ? "All as expected." : "NOT as expected."));
        for (String lookup : List.of("cmd_body_lookup", "cmd_person_lookup", "cmd_meeting_lookup", "cmd_action_lookup",
                "cmd_agenda_item_lookup", "cmd_referral_lookup")) {
            text.append(String.format(" %s %,d;", lookup, count(jdbc, lookup)));
        }
        log(text.toString());
        notes.add(text.toString());
    }

    /** Commands on the generated meetings and actions, through the gateway, as the lookups must allow. */
    private void checkCommands(ConfigurableApplicationContext app, NationalDataset.Landmarks marks) {
        CommandGateway gateway = app.getBean(CommandGateway.class);
        List<String> outcomes = new ArrayList<>();
        try {
            gateway.sendAndWait(new ReportActionProgress(marks.openAction, "Status fra benchmarken.",
                    marks.lastMeeting));
            outcomes.add("progress on a generated open action at a generated meeting: accepted");
        } catch (RuntimeException refused) {
            outcomes.add("progress on a generated action: REFUSED (" + refused.getMessage() + ")");
        }
        try {
            gateway.sendAndWait(new ApproveMinutes(marks.lastMeeting, marks.chair, LocalDate.now(), null));
            outcomes.add("the chair approving a generated meeting's circulated minutes: accepted");
        } catch (RuntimeException refused) {
            outcomes.add("approval of a generated meeting's minutes: REFUSED (" + refused.getMessage() + ")");
        }
        log("commands: %s", outcomes);
        notes.add("Commands after loading: " + String.join("; ", outcomes) + ".");
    }

    private static long count(JdbcTemplate jdbc, String table) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    static boolean waitCaughtUp(ProcessorProgress progress, Duration cap) throws InterruptedException {
        long deadline = System.nanoTime() + cap.toNanos();
        long lastLog = System.nanoTime();
        while (System.nanoTime() < deadline) {
            List<ProcessorProgress.Group> groups = progress.progress();
            if (!groups.isEmpty() && groups.stream().allMatch(g -> g.lag() == 0)) {
                return true;
            }
            if (System.nanoTime() - lastLog > 30e9) {
                lastLog = System.nanoTime();
                log("catching up: %s", groups.stream().map(g -> g.group() + " " + g.slowest() + "/" + g.head())
                        .toList());
            }
            Thread.sleep(20);
        }
        return false;
    }

    // ------------------------------------------------------------------ rebuild

    private void rebuild(String database, Duration cap, Load read) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-Dbench.db=" + HOST, "-Dbench.user=" + USER, "-cp", System.getProperty("java.class.path"),
                BenchAll.class.getName(), "rebuild-child", database, cap.toString())
                .redirectErrorStream(true).start();
        String result = null;
        StringBuilder tail = new StringBuilder();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("REBUILD ")) {
                    result = line;
                }
                tail.append(line).append('\n');
                if (tail.length() > 20000) {
                    tail.delete(0, tail.length() - 10000);
                }
            }
        }
        int exit = child.waitFor();
        if (result == null) {
            log("rebuild child ended %d without a result:%n%s", exit, tail);
            rows.add(String.format("| full rebuild of every view, child JVM -Xmx256m | did not finish (exit %d%s) | "
                            + "raw read + parse %,.0f rows/s | — | ≥ 0.5 | missed: see the run's log |", exit,
                    exit == 3 ? ", out of memory" : "", read.rate));
            return;
        }
        // REBUILD <state> <done> <total> <seconds> <rate> <peakSampledMB> <poolPeakMB>
        String[] f = result.split(" ");
        boolean finished = f[1].equals("DONE");
        long done = Long.parseLong(f[2]);
        long total = Long.parseLong(f[3]);
        double seconds = Double.parseDouble(f[4]);
        // done and total are positions (the global index may have gaps); finished, the rate is of the rows read
        double rate = finished ? read.rows / seconds : Double.parseDouble(f[5]);
        String figure = finished
                ? String.format("%,d events in %.0f s: %,.0f events/s", read.rows, seconds, rate)
                : String.format("capped at %.0f s: %,d of %,d events, %,.0f events/s; the whole would take ~%.0f min",
                seconds, done, total, rate, rate > 0 ? total / rate / 60 : Double.NaN);
        rows.add(String.format("| full rebuild of every view (`ViewRebuild`), child JVM -Xmx256m | %s | raw sequential "
                        + "read + Jackson readTree of the same rows: %,.0f rows/s | %.3f | ≥ 0.5 | %s |", figure,
                read.rate, rate / read.rate, rate / read.rate >= 0.5 ? "met"
                        : "missed: each of the 9 view groups reads the store on its own and writes its rows to PostgreSQL "
                        + "(RowBatch: one read and one write per row and batch of 1,000 events, no savepoint "
                        + "per event); the ceiling reads and parses each row once, in memory"));
        rows.add(String.format("| peak used heap during the rebuild (sampled / memory pools' peaks) "
                        + "| %s MB / %s MB, %s "
                        + "| heap cap 256 MB | — | finishes within 256 MB | %s |", f[6], f[7],
                finished ? "finished" : "still running at the cap", finished ? "met" : "not known: capped"));
        log("rebuild: %s", result);
    }

    private static void rebuildChild(String database, Duration cap) throws Exception {
        try (ConfigurableApplicationContext app = start(database)) {
            ProcessorProgress progress = app.getBean(ProcessorProgress.class);
            waitCaughtUp(progress, Duration.ofMinutes(10));
            ViewRebuild rebuild = app.getBean(ViewRebuild.class);
            long peak = 0;
            long t0 = System.nanoTime();
            long deadline = t0 + cap.toNanos();
            rebuild.start("bench");
            RebuildProgress state = rebuild.progress();
            long lastLog = t0;
            while (!state.state().equals("DONE") && System.nanoTime() < deadline) {
                Thread.sleep(100);
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                state = rebuild.progress();
                if (System.nanoTime() - lastLog > 30e9) {
                    lastLog = System.nanoTime();
                    System.out.printf("rebuild %d/%d%n", state.done(), state.total());
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long pools = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    pools += pool.getPeakUsage().getUsed();
                }
            }
            double rate = state.state().equals("DONE") ? state.total() / seconds : state.done() / seconds;
            System.out.printf("REBUILD %s %d %d %.1f %.1f %d %d%n", state.state(), state.done(), state.total(), seconds,
                    rate, peak >> 20, pools >> 20);
            System.out.flush();
        }
        System.exit(0);
    }

    private static Load rawReadAndParse(String database) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        try (Connection c = DriverManager.getConnection(url(database), USER, "")) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            long rows = 0;
            try (PreparedStatement select = c.prepareStatement("SELECT global_index, event_identifier, "
                    + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, "
                    + "payload, meta_data FROM domain_event_entry ORDER BY global_index")) {
                select.setFetchSize(1000);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        mapper.readTree(rs.getBytes("payload"));
                        mapper.readTree(rs.getBytes("meta_data"));
                        rows++;
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            log("raw read + parse: %,d rows in %.1f s", rows, seconds);
            Load load = new Load();
            load.rows = rows;
            load.rate = rows / seconds;
            return load;
        }
    }

    // ------------------------------------------------------------------ embedded start

    private void embeddedStart() throws Exception {
        Path dir = Files.createTempDirectory("protokol-bench-embedded");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> starts = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            long t0 = System.nanoTime();
            Process app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ProtokolApplication.class.getName(), "--server.port=" + port)
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("run" + run + ".log").toFile()).start();
            double seconds = Double.NaN;
            try {
                long deadline = t0 + TimeUnit.MINUTES.toNanos(3);
                while (System.nanoTime() < deadline && app.isAlive()) {
                    try {
                        HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (health.statusCode() == 200) {
                            seconds = (System.nanoTime() - t0) / 1e9;
                            break;
                        }
                    } catch (IOException notYet) {
                        // not listening yet
                    }
                    Thread.sleep(50);
                }
            } finally {
                app.destroy();
                if (!app.waitFor(60, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            }
            starts.add(seconds);
            log("embedded start %d: %.1f s", run, seconds);
        }
        rows.add(String.format("| embedded start (default profile, H2 file database, demo data; process start → health "
                        + "200): first start (empty data directory, demo data loaded) / second start | %.1f s / %.1f s "
                        + "| — | — | ≤ 10 s | %s |", starts.get(0), starts.get(1),
                starts.get(0) <= 10 && starts.get(1) <= 10 ? "met"
                        : "missed: the Spring context with Axon, Flyway, Thymeleaf and the processors' first catch-up "
                        + "on H2, on 2 cores shared with the benchmark's own PostgreSQL; not profiled one by one"));
    }

    // ------------------------------------------------------------------ ingest

    static final class Load {
        long rows;
        double rate;
        double p50;
        double p99;
        long lastAck;
    }

    interface Step {
        void run(int i) throws Exception;
    }

    /** Runs {@code total} steps on {@link #WRITERS} threads: steps per second and each step's latency. */
    static Load run(int total, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        AtomicInteger next = new AtomicInteger();
        double[] millis = new double[total];
        long[] last = new long[1];
        long start = System.nanoTime();
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    step.run(i);
                    long done = System.nanoTime();
                    millis[i] = (done - t) / 1e6;
                    synchronized (last) {
                        last[0] = Math.max(last[0], done);
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(millis);
        Load load = new Load();
        load.rate = total / seconds;
        load.p50 = millis[total / 2];
        load.p99 = millis[(int) Math.min(total - 1, Math.ceil(total * 0.99) - 1)];
        load.lastAck = last[0];
        return load;
    }

    private Load rawInserts(String database, int commands) throws Exception {
        try (Connection ddl = DriverManager.getConnection(url(database), USER, "");
             Statement statement = ddl.createStatement()) {
            // a sequence of its own, so the store's global index gets no gaps from the ceiling's rows
            statement.execute("CREATE TABLE raw_event_entry (LIKE domain_event_entry INCLUDING ALL)");
            statement.execute("CREATE SEQUENCE raw_event_seq");
            statement.execute("ALTER TABLE raw_event_entry ALTER COLUMN global_index "
                    + "SET DEFAULT nextval('raw_event_seq')");
        }
        byte[] payload = EventJson.newMapper().writeValueAsBytes(new PersonRegistered(PersonId.random(),
                "Navn Navnesen", "navn@eksempel.dk", null, "Vejle Kommune"));
        byte[] metaData = "{\"userId\":\"bench\",\"correlationId\":\"00000000-0000-0000-0000-000000000000\"}"
                .getBytes(StandardCharsets.UTF_8);
        List<Connection> opened = new ArrayList<>();
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(url(database), USER, "");
                c.setAutoCommit(false);
                synchronized (opened) {
                    opened.add(c);
                }
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Load load = run(commands, i -> {
            Connection c = connections.get();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO raw_event_entry (event_identifier, "
                    + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, "
                    + "payload, meta_data) VALUES (?, ?, 0, 'Person', ?, ?, '2', ?, ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, Instant.now().toString());
                insert.setString(4, PersonRegistered.class.getName());
                insert.setBytes(5, payload);
                insert.setBytes(6, metaData);
                insert.executeUpdate();
                c.commit();
            }
        });
        for (Connection c : opened) {
            c.close();
        }
        try (Connection ddl = DriverManager.getConnection(url(database), USER, "");
             Statement statement = ddl.createStatement()) {
            statement.execute("DROP TABLE raw_event_entry");
            statement.execute("DROP SEQUENCE raw_event_seq");
        }
        log("raw single-row commits: %.1f tx/s", load.rate);
        return load;
    }

    private static RegisterPerson register(String what, int i) {
        return new RegisterPerson(PersonId.random(), "Navn Navnesen " + what + " " + i,
                "navn." + what + i + "@eksempel.dk", null, "Vejle Kommune");
    }

    // ------------------------------------------------------------------ HTTP

    static final class Stats {
        double p50;
        double p99;
        int n;
    }

    interface Request {
        void send() throws Exception;
    }

    static Stats measure(int requests, Request request) throws Exception {
        for (int i = 0; i < Math.max(5, requests / 5); i++) {
            request.send();
        }
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            request.send();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        Stats stats = new Stats();
        stats.n = requests;
        stats.p50 = millis[requests / 2];
        stats.p99 = millis[(int) Math.min(requests - 1, Math.ceil(requests * 0.99) - 1)];
        return stats;
    }

    static void get(String url, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    static void post(String url, String key, String json) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static void open(AccountService accounts, String username, PersonId person, Set<GlobalRole> roles) {
        accounts.open(new OpenAccount(username, PASSWORD, person, roles), "bench");
    }

    /** Issues an API key for the account over HTTP Basic (AuthBench uses it too). */
    static String apiKey(String base, String username, String password) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/accounts/" + username
                                + "/api-keys"))
                        .header("Authorization", basic).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher key = Pattern.compile("\"key\":\"(prk_[^\"]+)\"").matcher(issued.body());
        if (!key.find()) {
            throw new IllegalStateException("No key issued: " + issued.statusCode() + " " + issued.body());
        }
        return key.group(1);
    }

    /** A browser's session: the login form with its CSRF token, then the session cookie. */
    static final class Session {
        final String base;
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        Session(String base) {
            this.base = base;
        }

        void get(String path) throws Exception {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        }
    }

    private static Session login(String base, String username) throws Exception {
        Session session = new Session(base);
        HttpResponse<String> form = session.client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form.body());
        String token = csrf.find() ? csrf.group(1) : "";
        String body = "username=" + username + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> answer = session.client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login of " + username + " failed: " + answer.statusCode() + " "
                    + answer.headers().map());
        }
        return session;
    }

    // ------------------------------------------------------------------ the table

    /** Why each page misses its target, as far as it was analysed (issue 15). */
    private static final Map<String, String> PAGE_CAUSES = Map.of(
            "minutes page, as of (`/moeder/{id}?asOf=`)", "the API's as-of minutes (the meeting and each person "
                    + "and body it names folded from their own events, see that row) plus rendering",
            "action list page (`/handlinger`)", "the secretary's bodies' open actions are built whole and ordered "
                    + "in the JVM before 100 are shown (see the open-actions rows), then rendered",
            "org chart page (`/organisation`)", "the live org chart reads every body (690) and reveals every person "
                    + "seated in them before it narrows to the partnership (see the API's org chart rows), then "
                    + "renders the organisation's list of every body",
            "chair's page (`/formand`)", "every open action of the chair's bodies and the minutes to approve, "
                    + "decoded and rendered (13 statements); within 1.5× of the target");

    private static final String OPEN_CAUSE = "filtered in SQL (status, body or owner, indexes of V8) but ordered and "
            + "cut in the JVM, because the order needs each action's meeting day from another table (action_meeting), "
            + "and every candidate's state is decoded from JSON";

    private void row(String what, Stats stats, String ceiling, double ratio, String target, Boolean met,
                     String cause) {
        String verdict = met == null ? "—" : met ? "met"
                : "missed" + (cause.isEmpty() ? " (cause not analysed in this run)" : ": " + cause);
        rows.add(String.format("| %s | %.1f / %.1f ms | %s | %.1f× | %s | %s |", what, stats.p50, stats.p99, ceiling,
                ratio, target, verdict));
        log("%s: p50 %.2f ms, p99 %.2f ms", what, stats.p50, stats.p99);
    }

    private void rowLoad(String what, Load load, Load raw, double target, String cause) {
        double ratio = load.rate / raw.rate;
        rows.add(String.format("| %s | %,.1f cmd/s, p50 %.1f ms, p99 %.1f ms | raw JDBC single-row commits of the "
                        + "same shape, 8 writers: %,.1f tx/s | %.3f | ≥ %.1f | %s |", what, load.rate, load.p50,
                load.p99,
                raw.rate, ratio, target, ratio >= target ? "met" : "missed: " + cause));
        log("%s: %.1f cmd/s (ratio %.3f)", what, load.rate, ratio);
    }

    private static String ms(Stats stats) {
        return String.format("p50 %.1f / p99 %.1f ms", stats.p50, stats.p99);
    }

    private void write(Instant started, NationalDataset.Settings settings, NationalDataset.Counts counts)
            throws IOException {
        Path out = Path.of(System.getProperty("bench.out", "bench/RESULTS.md"));
        String earlier = "";
        if (Files.exists(out)) {
            String text = Files.readString(out);
            int at = text.indexOf(MARKER);
            earlier = at < 0 ? "" : text.substring(at);
        }
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks and fault runs: the figures\n\n");
        md.append("One command runs every benchmark of issue 15 and rewrites this part of the file (the part from \"")
                .append(MARKER.substring(3)).append("\" on is kept):\n\n```\n"
                        + "bench/run                          # 1,000,000 events"
                        + "\nbench/run -Dbench.events=100000    # a smaller store\n```\n\n")
                .append("It needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust; `-Dbench.db=host:port`, "
                        + "`-Dbench.user=`) and creates a database `protokol_bench_…` of its own. Settings: see "
                        + "`bench/src/main/java/dk/protokol/bench/BenchAll.java`.\n\n");
        md.append(String.format("## Latest run (%s, %d cores, %s, Java %s; %.0f min)%n%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), Duration.between(started, Instant.now()).toSeconds() / 60.0));
        md.append("Load average of the machine (1, 5, 15 min) at the start: ").append(loadAtStart)
                .append("; at the end: ").append(loadAverage())
                .append(" (other work ran beside the benchmark when it is above the core count).\n\n");
        md.append("| figure | Protokol | ceiling in the same run | ratio | target | verdict |\n");
        md.append("|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append('\n');
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        md.append('\n');
        md.append(earlier.isEmpty() ? MARKER + "\n" : earlier);
        Files.writeString(out, md.toString());
        log("wrote %s", out);
    }

    // ------------------------------------------------------------------ plumbing

    static ConfigurableApplicationContext start(String database, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url(database),
                "--spring.datasource.username=" + USER, "--protokol.demo-data=false", "--logging.level.root=WARN"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(ProtokolApplication.class).run(args.toArray(String[]::new));
    }

    static String createDatabase() throws Exception {
        return createDatabase("protokol_bench_");
    }

    static String createDatabase(String prefix) throws Exception {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    static String url(String database) {
        return "jdbc:postgresql://" + HOST + "/" + database;
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench %s] %s%n", LocalDateTime.now().withNano(0), String.format(format, args));
    }
}
