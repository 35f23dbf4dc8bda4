package org.songngu.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.songngu.SongnguApplication;
import org.songngu.batch.AlignmentRuns;
import org.songngu.batch.RunReport;
import org.songngu.bench.Ledger.Answer;
import org.songngu.corpus.LanguagePair;
import org.songngu.review.ActionKind;
import org.songngu.store.Bead;
import org.songngu.store.BeadStatus;
import org.songngu.users.Role;
import org.songngu.users.UserAccounts;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load benchmark of the review API: starts Songngu in this JVM on a random loopback port with an
 * in-memory H2, runs the job on {@code corpus/}, then lets N reviewers (HTTP Basic, one thread each)
 * act on one article's pair for a fixed time, prints requests per second and latency percentiles,
 * and checks in the database that nothing was lost (see {@link AuditCheck}). Exit status 1 when a
 * request failed unexpectedly or a check fails.
 *
 * <p>Arguments, all optional, as {@code name=value}: {@code seconds} (60), {@code reviewers} (10),
 * {@code warmup} seconds (10), {@code cap} on requests (2,000,000), {@code article}
 * ({@code thai-binh-dan-van}), {@code pair} ({@code fr-vi}), {@code auth} ({@code basic}: HTTP Basic
 * on every request, as scripts do; {@code session}: sign in once, cookie and CSRF token, as the page).
 */
public final class ReviewLoadBenchmark {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int LATENCY_CAPACITY = 1_000_000;
    private static final String PASSWORD = randomPassword();
    private static final String COLUMNS = "id, article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end,"
            + " src_text, tgt_text, confidence, status, version, updated_at, updated_by";

    private ReviewLoadBenchmark() {}

    /** The run's settings, checked. */
    record Settings(
            int seconds,
            int reviewers,
            int warmupSeconds,
            long requestCap,
            String articleId,
            String pair,
            String auth) {

        Settings {
            if (seconds < 1
                    || seconds > 3600
                    || reviewers < 1
                    || reviewers > 200
                    || warmupSeconds < 0
                    || requestCap < 1) {
                throw new IllegalArgumentException("seconds 1..3600, reviewers 1..200, warmup >= 0, cap >= 1");
            }
            if (!pair.equals("fr-vi") && !pair.equals("fr-en")) {
                throw new IllegalArgumentException("pair is fr-vi or fr-en, not " + pair);
            }
            if (!auth.equals("basic") && !auth.equals("session")) {
                throw new IllegalArgumentException("auth is basic or session, not " + auth);
            }
        }

        /** {@code name=value} arguments; unknown names are refused so that a typo does not go unnoticed. */
        static Settings parse(String... args) {
            Map<String, String> values = new HashMap<>(Map.of(
                    "seconds",
                    "60",
                    "reviewers",
                    "10",
                    "warmup",
                    "10",
                    "cap",
                    "2000000",
                    "article",
                    "thai-binh-dan-van",
                    "pair",
                    "fr-vi",
                    "auth",
                    "basic"));
            for (String arg : args) {
                int equals = arg.indexOf('=');
                if (equals < 0 || !values.containsKey(arg.substring(0, equals))) {
                    throw new IllegalArgumentException("unknown argument " + arg + "; expected name=value with a name"
                            + " among " + new TreeSet<>(values.keySet()));
                }
                values.put(arg.substring(0, equals), arg.substring(equals + 1));
            }
            return new Settings(
                    Integer.parseInt(values.get("seconds")),
                    Integer.parseInt(values.get("reviewers")),
                    Integer.parseInt(values.get("warmup")),
                    Long.parseLong(values.get("cap")),
                    values.get("article"),
                    values.get("pair"),
                    values.get("auth"));
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        ConfigurableApplicationContext context = start();
        int status;
        try {
            status = benchmark(context, settings);
        } finally {
            context.close();
        }
        System.exit(status);
    }

    private static ConfigurableApplicationContext start() {
        SpringApplication application = new SpringApplication(SongnguApplication.class);
        // Command-line properties outrank application.properties (default properties would not).
        return application.run(
                "--spring.datasource.url=jdbc:h2:mem:songngu-bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--songngu.run-on-startup=false",
                "--songngu.schedule.cron=",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.org.songngu=WARN");
    }

    private static int benchmark(ConfigurableApplicationContext context, Settings settings) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long jobStart = System.nanoTime();
        RunReport report = context.getBean(AlignmentRuns.class).run(Path.of("corpus"));
        System.out.printf(
                Locale.ROOT, "job on corpus/: %s in %.1f s%n", report.status(), (System.nanoTime() - jobStart) / 1e9);
        List<Bead> initial = beads(jdbc, settings);
        if (initial.isEmpty()) {
            System.out.println(
                    "FAIL article " + settings.articleId() + " has no " + settings.pair() + " beads after the job");
            return 1;
        }
        Sentences sentences = sentences(jdbc, settings);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        List<String> users = createReviewers(context.getBean(UserAccounts.class), settings.reviewers());

        List<ReviewApi> clients = new ArrayList<>();
        for (String user : users) {
            clients.add(
                    settings.auth().equals("basic")
                            ? ReviewApi.basic(base, user, PASSWORD, TIMEOUT)
                            : ReviewApi.session(base, user, PASSWORD, TIMEOUT));
        }
        Ledger ledger = new Ledger();
        long now = System.nanoTime();
        Reviewer.Window window = new Reviewer.Window(
                now + settings.warmupSeconds() * 1_000_000_000L,
                now + (settings.warmupSeconds() + settings.seconds()) * 1_000_000_000L,
                new AtomicLong(settings.requestCap()));
        List<Reviewer> reviewers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            Reviewer reviewer = new Reviewer(
                    users.get(i),
                    clients.get(i),
                    settings.articleId(),
                    settings.pair(),
                    sentences,
                    ledger,
                    window,
                    7919L * (i + 1),
                    LATENCY_CAPACITY);
            reviewers.add(reviewer);
            threads.add(new Thread(reviewer, "reviewer-" + users.get(i)));
        }
        System.out.printf(
                Locale.ROOT,
                "%d reviewers (%s) on %s %s (%d beads, %d/%d sentences) at %s for %d s after"
                        + " %d s of warm-up; load average %s%n",
                users.size(),
                settings.auth(),
                settings.articleId(),
                settings.pair(),
                initial.size(),
                sentences.sources().size(),
                sentences.targets().size(),
                base,
                settings.seconds(),
                settings.warmupSeconds(),
                loadAverage());
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        long measuredNanos = Math.min(System.nanoTime(), window.deadlineNanos()) - window.measureFromNanos();
        System.out.println("load average after: " + loadAverage());
        report(reviewers, ledger, measuredNanos, bcryptMillis(context.getBean(PasswordEncoder.class)));

        AuditTrail trail = new AuditTrail(
                initial, beads(jdbc, settings), actions(jdbc, settings), changes(jdbc, settings), sentences);
        List<AuditCheck.Verdict> verdicts = new ArrayList<>();
        verdicts.add(new AuditCheck.Verdict(
                "no unexpected answer (5xx, 400, other 4xx, timeout)",
                ledger.errors() == 0,
                ledger.errors() + " errors"
                        + (ledger.errors() == 0 ? "" : "; first: " + String.join(" | ", ledger.errorSamples()))));
        verdicts.addAll(AuditCheck.all(trail, ledger.successes(), ledger.refusedMarkers(), ledger.goneBeads()));
        System.out.println("checks (warm-up included):");
        verdicts.forEach(verdict -> System.out.println("  " + verdict));
        if (!ledger.uncertainMarkers().isEmpty()) {
            System.out.println("  (" + ledger.uncertainMarkers().size() + " edits ended in an error: not checked)");
        }
        boolean pass = verdicts.stream().allMatch(AuditCheck.Verdict::pass);
        System.out.println(pass ? "PASS" : "FAIL");
        return pass ? 0 : 1;
    }

    private static void report(List<Reviewer> reviewers, Ledger ledger, long measuredNanos, double bcryptMillis) {
        Latencies.Sorted reads =
                Latencies.merge(reviewers.stream().map(Reviewer::reads).toList());
        Latencies.Sorted actions =
                Latencies.merge(reviewers.stream().map(Reviewer::actions).toList());
        List<Latencies> both = new ArrayList<>();
        reviewers.forEach(reviewer -> {
            both.add(reviewer.reads());
            both.add(reviewer.actions());
        });
        Latencies.Sorted all = Latencies.merge(both);
        Map<Answer, Integer> answers = new EnumMap<>(Answer.class);
        reviewers.forEach(
                reviewer -> reviewer.measured().forEach((answer, n) -> answers.merge(answer, n, Integer::sum)));
        double seconds = measuredNanos / 1e9;
        System.out.printf(Locale.ROOT, "measured %.1f s%n", seconds);
        System.out.printf(
                Locale.ROOT,
                "requests   %8d  %8.1f requests/s   %s%n",
                all.count(),
                all.count() / seconds,
                all.summary());
        System.out.printf(
                Locale.ROOT,
                "  reads    %8d  %8.1f requests/s   %s%n",
                reads.count(),
                reads.count() / seconds,
                reads.summary());
        System.out.printf(
                Locale.ROOT,
                "  actions  %8d  %8.1f requests/s   %s%n",
                actions.count(),
                actions.count() / seconds,
                actions.summary());
        System.out.printf(
                Locale.ROOT,
                "  action answers: %d successes (200), %d conflicts (409), %d not possible (422),"
                        + " %d on a bead merged away (404), %d errors%n",
                answers.getOrDefault(Answer.OK, 0),
                answers.getOrDefault(Answer.CONFLICT, 0),
                answers.getOrDefault(Answer.NOT_POSSIBLE, 0),
                answers.getOrDefault(Answer.GONE, 0),
                answers.getOrDefault(Answer.ERROR, 0));
        System.out.println("  accepted by kind (warm-up included): " + ledger.accepted());
        System.out.printf(
                Locale.ROOT, "  one bcrypt check (every HTTP Basic request pays one): %.1f ms%n", bcryptMillis);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append((char) ('a' + random.nextInt(26)));
        }
        return password.toString();
    }

    private static List<String> createReviewers(UserAccounts accounts, int count) {
        List<String> users = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String user = String.format(Locale.ROOT, "bench-%02d", i);
            accounts.create(user, PASSWORD, Role.REVIEWER);
            users.add(user);
        }
        return users;
    }

    // The median of a few checks of the stored hash's kind, as the API's authentication does them.
    private static double bcryptMillis(PasswordEncoder encoder) {
        String hash = encoder.encode(PASSWORD);
        long[] nanos = new long[15];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            encoder.matches(PASSWORD, hash);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }

    private static List<Bead> beads(JdbcClient jdbc, Settings settings) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bead WHERE article_id = ? AND lang_pair = ? ORDER BY idx")
                .params(settings.articleId(), settings.pair())
                .query(ReviewLoadBenchmark::bead)
                .list();
    }

    private static Bead bead(ResultSet rs, int row) throws SQLException {
        Timestamp updated = rs.getTimestamp(14);
        return new Bead(
                rs.getLong(1),
                rs.getString(2),
                LanguagePair.fromCode(rs.getString(3)),
                rs.getInt(4),
                rs.getInt(5),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8),
                rs.getString(9),
                rs.getString(10),
                rs.getDouble(11),
                BeadStatus.valueOf(rs.getString(12)),
                rs.getInt(13),
                updated == null ? null : updated.toInstant(),
                rs.getString(15));
    }

    private static Sentences sentences(JdbcClient jdbc, Settings settings) {
        String sql = "SELECT content FROM sentence WHERE article_id = ? AND lang = ? ORDER BY idx";
        String target = settings.pair().substring(3);
        return new Sentences(
                jdbc.sql(sql)
                        .params(settings.articleId(), "fr")
                        .query(String.class)
                        .list(),
                jdbc.sql(sql)
                        .params(settings.articleId(), target)
                        .query(String.class)
                        .list());
    }

    private static List<AuditTrail.Action> actions(JdbcClient jdbc, Settings settings) {
        return jdbc.sql("SELECT id, username, action FROM review_action WHERE article_id = ? AND lang_pair = ? "
                        + "ORDER BY id")
                .params(settings.articleId(), settings.pair())
                .query((rs, row) ->
                        new AuditTrail.Action(rs.getLong(1), rs.getString(2), ActionKind.valueOf(rs.getString(3))))
                .list();
    }

    private static List<AuditTrail.Change> changes(JdbcClient jdbc, Settings settings) {
        JsonMapper json = JsonMapper.builder().build();
        return jdbc.sql("""
                SELECT c.id, c.action_id, c.bead_id, c.before_state, c.after_state
                FROM bead_change c JOIN review_action a ON a.id = c.action_id
                WHERE a.article_id = ? AND a.lang_pair = ? ORDER BY c.id""")
                .params(settings.articleId(), settings.pair())
                .query((rs, row) -> new AuditTrail.Change(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4) == null ? null : json.readValue(rs.getString(4), Bead.class),
                        rs.getString(5) == null ? null : json.readValue(rs.getString(5), Bead.class)))
                .list();
    }
}
