package org.songngu.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.songngu.SongnguApplication;
import org.songngu.batch.AlignmentRuns;
import org.songngu.batch.RunReport;
import org.songngu.corpus.Language;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.Term;
import org.songngu.store.ArticleSummaries;
import org.songngu.users.Role;
import org.songngu.users.UserAccounts;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review at archive scale: runs the job on {@code corpus/}, then fills the database through
 * JDBC with N articles made from those five (every sentence varied: a province name swapped where
 * no finding depends on the offsets, and a reference number per article; the job's beads, with
 * confidences jittered and review progress spread over to do, in progress and done; the job's
 * findings; a run row each), counts their summaries and search keys with the application's own
 * {@code ArticleSummaries.refreshStale} (timed: the cost of a changed glossary), then asks one
 * signed-in reviewer's questions one after another, interleaved: the article list page with
 * random filters and pages, the same list through the API, an article page, a search through the
 * API and the list page with a search. Prints p50/p95/p99/max per kind and PASS when p95 is under
 * 300 ms.
 *
 * <p>Usage: {@code ReviewScaleBenchmark [articles=20000] [requests=300] [warmup=60] [db=h2|postgres]
 * [url=jdbc:postgresql://...] [user=songngu] [password=songngu] [reuse=no|yes]}. With {@code db=postgres} the
 * database at {@code url} is emptied first (schema public dropped). With {@code reuse=yes} a database
 * that a former call filled with the same number of articles is kept and only timed: filling 20,000
 * articles takes minutes, so it can be done apart from the timing, which wants a quiet machine.
 * {@code requests=0} fills and times nothing.
 */
public final class ReviewScaleBenchmark {

    private static final String PASSWORD = "scale-bench-password";
    private static final long LIMIT_NANOS = 300_000_000L;
    private static final List<String> PROVINCES_VI = List.of(
            "Thái Bình",
            "Nam Định",
            "Hưng Yên",
            "Ninh Bình",
            "Hà Nam",
            "Bắc Ninh",
            "Hải Dương",
            "Thanh Hóa",
            "Nghệ An",
            "Quảng Ninh",
            "Đắk Lắk",
            "Cà Mau",
            "Lào Cai",
            "Bến Tre");
    private static final Pattern PROVINCE = Pattern.compile("Thái Bình|Thai Binh");
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("([.!?…»\"”)\\s]*)$");

    private ReviewScaleBenchmark() {}

    record Settings(
            int articles,
            int requests,
            int warmup,
            String db,
            String url,
            String user,
            String password,
            boolean reuse) {

        static Settings parse(String... args) {
            Map<String, String> values = new LinkedHashMap<>(Map.of(
                    "articles",
                    "20000",
                    "requests",
                    "300",
                    "warmup",
                    "60",
                    "db",
                    "h2",
                    "url",
                    "jdbc:postgresql://localhost:5432/songngu",
                    "user",
                    "songngu",
                    "password",
                    "songngu",
                    "reuse",
                    "no"));
            for (String arg : args) {
                String[] pair = arg.split("=", 2);
                if (pair.length != 2 || !values.containsKey(pair[0])) {
                    throw new IllegalArgumentException("unknown argument " + arg + "; expected " + values.keySet());
                }
                values.put(pair[0], pair[1]);
            }
            return new Settings(
                    Integer.parseInt(values.get("articles")),
                    Integer.parseInt(values.get("requests")),
                    Integer.parseInt(values.get("warmup")),
                    values.get("db"),
                    values.get("url"),
                    values.get("user"),
                    values.get("password"),
                    switch (values.get("reuse")) {
                        case "yes" -> true;
                        case "no" -> false;
                        default -> throw new IllegalArgumentException("reuse is yes or no, not " + values.get("reuse"));
                    });
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        ConfigurableApplicationContext context = start(settings);
        int status;
        try {
            status = benchmark(context, settings);
        } finally {
            context.close();
        }
        System.exit(status);
    }

    private static ConfigurableApplicationContext start(Settings settings) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--songngu.run-on-startup=false",
                "--songngu.schedule.cron=",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.org.songngu=WARN"));
        if (settings.db().equals("postgres")) {
            if (!settings.reuse()) {
                try (Connection connection =
                                DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                        Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA public CASCADE");
                    statement.execute("CREATE SCHEMA public");
                }
            }
            args.addAll(List.of(
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + settings.url(),
                    "--spring.datasource.username=" + settings.user(),
                    "--spring.datasource.password=" + settings.password()));
        } else {
            Path folder = Path.of("target/bench-review-scale");
            if (Files.exists(folder) && !settings.reuse()) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(path -> path.toFile().delete());
                }
            }
            args.add("--spring.datasource.url=jdbc:h2:file:./target/bench-review-scale/songngu");
        }
        return new SpringApplication(SongnguApplication.class).run(args.toArray(String[]::new));
    }

    private static int benchmark(ConfigurableApplicationContext context, Settings settings) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long stored = jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
        // The filled articles include the job's five from corpus/.
        if (settings.reuse() && stored == settings.articles()) {
            System.out.printf(Locale.ROOT, "reused the database: %d articles stored%n", stored);
        } else {
            fillAndCount(context, jdbc, settings);
        }
        if (context.getBean(UserAccounts.class).find("scale-bench").isEmpty()) {
            context.getBean(UserAccounts.class).create("scale-bench", PASSWORD, Role.REVIEWER);
        }
        if (settings.requests() == 0) {
            System.out.println("requests=0: filled, nothing timed");
            return 0;
        }
        return time(context, jdbc, settings);
    }

    private static void fillAndCount(ConfigurableApplicationContext context, JdbcClient jdbc, Settings settings)
            throws Exception {
        long start = System.nanoTime();
        RunReport report = context.getBean(AlignmentRuns.class).run(Path.of("corpus"));
        System.out.printf(Locale.ROOT, "job on corpus/: %s in %.1f s%n", report.status(), seconds(start));
        List<Template> templates = templates(jdbc);

        start = System.nanoTime();
        Filled filled = fill(context.getBean(JdbcTemplate.class), templates, settings.articles());
        System.out.printf(
                Locale.ROOT,
                "filled %d articles (%d sentences, %d beads, %d findings) through JDBC in %.1f s%n",
                filled.articles(),
                filled.sentences(),
                filled.beads(),
                filled.findings(),
                seconds(start));
        start = System.nanoTime();
        int refreshed = context.getBean(ArticleSummaries.class).refreshStale();
        System.out.printf(
                Locale.ROOT,
                "ArticleSummaries.refreshStale: summaries and search keys of %d articles in %.1f s"
                        + " (%.1f ms per article)%n",
                refreshed,
                seconds(start),
                (System.nanoTime() - start) / 1e6 / refreshed);
    }

    private static int time(ConfigurableApplicationContext context, JdbcClient jdbc, Settings settings)
            throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        ReviewApi api = ReviewApi.session(
                URI.create("http://127.0.0.1:" + port + "/"), "scale-bench", PASSWORD, Duration.ofSeconds(30));
        List<String> ids = jdbc.sql("SELECT id FROM article ORDER BY id")
                .query(String.class)
                .list();
        List<String> queries = queries(context.getBean(Glossary.class), jdbc, new Random(7));
        System.out.printf(
                Locale.ROOT,
                "%d search queries: glossary terms in three languages, provinces, phrases from"
                        + " stored sentences (with and without accents), one article's reference number, absent "
                        + "words%n",
                queries.size());

        Map<String, Kind> kinds = new LinkedHashMap<>();
        Random random = new Random(42);
        kinds.put(
                "list page (HTML, filters, page)",
                new Kind(
                        () -> "/?" + filters(random) + "&page="
                                + (1 + random.nextInt(Math.max(1, settings.articles() / 50 / 4))),
                        true));
        kinds.put(
                "list API (filters, page)",
                new Kind(
                        () -> "/api/articles?" + filters(random) + "&page="
                                + (1 + random.nextInt(Math.max(1, settings.articles() / 50 / 4))),
                        false));
        kinds.put("article page (HTML)", new Kind(() -> "/articles/" + ids.get(random.nextInt(ids.size())), true));
        kinds.put(
                "search API",
                new Kind(() -> "/api/search?q=" + encode(queries.get(random.nextInt(queries.size()))), false));
        kinds.put(
                "list page with a search",
                new Kind(() -> "/?q=" + encode(queries.get(random.nextInt(queries.size()))), true));
        int[] next = {0};
        kinds.put(
                "search API, hard queries",
                new Kind(() -> "/api/search?q=" + encode(HARD_QUERIES.get(next[0]++ % HARD_QUERIES.size())), false));
        kinds.put(
                "list page, hard searches",
                new Kind(() -> "/?q=" + encode(HARD_QUERIES.get(next[0]++ % HARD_QUERIES.size())), true));
        System.out.println("load average before: " + loadAverage());
        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();
        int errors = 0;
        for (int round = 0; round < settings.warmup() + settings.requests(); round++) {
            for (Map.Entry<String, Kind> kind : kinds.entrySet()) {
                String path = kind.getValue().path().get();
                ReviewApi.Response response = kind.getValue().html() ? api.page(path) : api.get(path);
                if (response.status() != 200) {
                    errors++;
                    System.out.println("unexpected " + response.status() + " for " + path + ": "
                            + response.body()
                                    .substring(0, Math.min(300, response.body().length())));
                } else if (round >= settings.warmup()) {
                    kind.getValue().latencies().record(response.nanos());
                    kind.getValue().slowest(path, response.nanos());
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "load average after: %s; this process (client and server) used %.1f s of CPU in %.1f s%n",
                loadAverage(),
                (processCpuNanos() - cpuBefore) / 1e9,
                (System.nanoTime() - wallBefore) / 1e9);
        System.out.printf(
                Locale.ROOT,
                "%n%s, %d articles; %d requests per kind after %d of warm-up, one reviewer," + " interleaved%n",
                settings.db(),
                settings.articles(),
                settings.requests(),
                settings.warmup());
        boolean pass = errors == 0;
        for (Map.Entry<String, Kind> kind : kinds.entrySet()) {
            Latencies.Sorted sorted = Latencies.merge(List.of(kind.getValue().latencies()));
            boolean ok = sorted.percentile(95) < LIMIT_NANOS;
            pass &= ok;
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %s  %s (slowest: %s)%n",
                    kind.getKey(),
                    sorted.summary(),
                    ok ? "PASS" : "FAIL",
                    kind.getValue().slowestPath);
        }
        System.out.println(pass ? "PASS: every kind answers under 300 ms at p95" : "FAIL (" + errors + " errors)");
        return pass ? 0 : 1;
    }

    /**
     * The searches that cost most: a phrase of words each in nearly every article, single very
     * common words and word starts, a rare word, accents omitted, a phrase absent from the archive.
     */
    private static final List<String> HARD_QUERIES = List.of(
            "comité du Parti",
            "comite du parti",
            "de",
            "d",
            "la",
            "du Parti et",
            "Nghe An",
            "dang bo tinh",
            "nhân dân",
            "mobilis",
            "Mobilisation",
            "of the",
            "de la de",
            "le comité du",
            "xylophone",
            "parti de la masse");

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static final class Kind {
        private final java.util.function.Supplier<String> path;
        private final boolean html;
        private final Latencies latencies = new Latencies(1_000_000);
        private String slowestPath = "";
        private long slowest = -1;

        Kind(java.util.function.Supplier<String> path, boolean html) {
            this.path = path;
            this.html = html;
        }

        java.util.function.Supplier<String> path() {
            return path;
        }

        boolean html() {
            return html;
        }

        Latencies latencies() {
            return latencies;
        }

        void slowest(String at, long nanos) {
            if (nanos > slowest) {
                slowest = nanos;
                slowestPath = at;
            }
        }
    }

    private static String filters(Random random) {
        List<String> filters = new ArrayList<>();
        switch (random.nextInt(4)) {
            case 0 -> filters.add("review=todo");
            case 1 -> filters.add("review=in-progress");
            case 2 -> filters.add("review=done");
            default -> {}
        }
        if (random.nextInt(3) == 0) {
            filters.add("maxConfidence=" + (0.3 + random.nextInt(5) / 10.0));
        }
        if (random.nextInt(4) == 0) {
            filters.add("minConfidence=0.2");
        }
        if (random.nextInt(3) == 0) {
            filters.add("findings=" + random.nextBoolean());
        }
        if (random.nextInt(3) == 0) {
            filters.add("missingTerms=true");
        }
        return String.join("&", filters);
    }

    /** One of the job's articles: its sentences per language, beads per pair and findings. */
    record Template(
            String id,
            String title,
            Map<String, List<String>> sentences,
            List<Object[]> beads,
            List<Object[]> findings) {}

    private static List<Template> templates(JdbcClient jdbc) {
        List<Template> templates = new ArrayList<>();
        for (String id : jdbc.sql("SELECT id FROM article WHERE status = 'ALIGNED' ORDER BY id")
                .query(String.class)
                .list()) {
            Map<String, List<String>> sentences = new LinkedHashMap<>();
            for (String lang : List.of("fr", "vi", "en")) {
                sentences.put(
                        lang,
                        jdbc.sql("SELECT content FROM sentence WHERE article_id = ? AND lang = ? ORDER BY idx")
                                .params(id, lang)
                                .query(String.class)
                                .list());
            }
            List<Object[]> beads = jdbc.sql("""
                    SELECT lang_pair, idx, src_start, src_end, tgt_start, tgt_end, confidence FROM bead
                    WHERE article_id = ? ORDER BY lang_pair, idx""")
                    .param(id)
                    .query((rs, row) -> new Object[] {
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getDouble(7)
                    })
                    .list();
            List<Object[]> findings = jdbc.sql("""
                    SELECT sentence_idx, rule_id, category, message, start_pos, end_pos, suggestions FROM finding
                    WHERE article_id = ?""")
                    .param(id)
                    .query((rs, row) -> new Object[] {
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getString(7)
                    })
                    .list();
            String title = jdbc.sql("SELECT title FROM article WHERE id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
            templates.add(new Template(id, title, sentences, beads, findings));
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("the job aligned no article of corpus/");
        }
        return templates;
    }

    record Filled(int articles, long sentences, long beads, long findings) {}

    private static Filled fill(JdbcTemplate jdbc, List<Template> templates, int count) {
        Random random = new Random(1);
        long sentences = 0;
        long beads = 0;
        long findings = 0;
        Timestamp now = Timestamp.from(Instant.now());
        long execution = 1_000_000;
        int made = templates.size();
        List<Object[]> articleRows = new ArrayList<>();
        List<Object[]> sentenceRows = new ArrayList<>();
        List<Object[]> beadRows = new ArrayList<>();
        List<Object[]> findingRows = new ArrayList<>();
        List<Object[]> runRows = new ArrayList<>();
        for (int n = templates.size(); n < count; n++) {
            Template template = templates.get(n % templates.size());
            String id = template.id() + "-" + n;
            String province = PROVINCES_VI.get(random.nextInt(PROVINCES_VI.size()));
            java.util.Set<Integer> frenchWithFindings = new java.util.HashSet<>();
            template.findings().forEach(finding -> frenchWithFindings.add((Integer) finding[0]));
            Map<String, List<String>> varied = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> language : template.sentences().entrySet()) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < language.getValue().size(); i++) {
                    boolean keepOffsets = language.getKey().equals("fr") && frenchWithFindings.contains(i);
                    texts.add(vary(language.getValue().get(i), language.getKey(), n, province, keepOffsets));
                    sentenceRows.add(new Object[] {id, language.getKey(), i, texts.get(i)});
                }
                varied.put(language.getKey(), texts);
            }
            articleRows.add(new Object[] {id, vary(template.title(), "vi", n, province, false), now});
            // Review progress: about half to do, a third in progress, the rest done.
            int state = random.nextInt(6);
            for (Object[] bead : template.beads()) {
                String pair = (String) bead[0];
                int index = (Integer) bead[1];
                String status = switch (state) {
                    case 0, 1, 2 -> "PENDING";
                    case 3, 4 -> index % 3 == 0 ? "APPROVED" : index % 7 == 0 ? "REJECTED" : "PENDING";
                    default -> index % 9 == 0 ? "REJECTED" : "APPROVED";
                };
                double confidence = Math.max(0, Math.min(1, (Double) bead[6] + (random.nextDouble() - 0.5) / 5));
                beadRows.add(new Object[] {
                    id,
                    pair,
                    index,
                    bead[2],
                    bead[3],
                    bead[4],
                    bead[5],
                    String.join(" ", varied.get("fr").subList((Integer) bead[2], (Integer) bead[3])),
                    String.join(" ", varied.get(pair.substring(3)).subList((Integer) bead[4], (Integer) bead[5])),
                    confidence,
                    status,
                    now
                });
            }
            for (Object[] finding : template.findings()) {
                findingRows.add(new Object[] {
                    id, finding[0], finding[1], finding[2], finding[3], finding[4], finding[5], finding[6]
                });
            }
            runRows.add(new Object[] {execution, id, now});
            made++;
            if (articleRows.size() == 200 || n == count - 1) {
                sentences += sentenceRows.size();
                beads += beadRows.size();
                findings += findingRows.size();
                write(jdbc, articleRows, sentenceRows, beadRows, findingRows, runRows);
            }
        }
        return new Filled(made, sentences, beads, findings);
    }

    private static void write(
            JdbcTemplate jdbc,
            List<Object[]> articles,
            List<Object[]> sentences,
            List<Object[]> beads,
            List<Object[]> findings,
            List<Object[]> runs) {
        jdbc.batchUpdate(
                "INSERT INTO article (id, title, status, check_status, updated_at) VALUES (?, ?, 'ALIGNED', 'OK', ?)",
                articles);
        jdbc.batchUpdate(
                "INSERT INTO sentence (article_id, lang, idx, paragraph, content) VALUES (?, ?, ?, 0, ?)", sentences);
        jdbc.batchUpdate("""
                INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end, src_text,
                                  tgt_text, confidence, status, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""", beads);
        jdbc.batchUpdate("""
                INSERT INTO finding (article_id, sentence_idx, rule_id, category, message, start_pos,
                    end_pos, suggestions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", findings);
        jdbc.batchUpdate("""
                INSERT INTO run_article (job_execution_id, article_id, outcome, message, recorded_at)
                VALUES (?, ?, 'PROCESSED', NULL, ?)""", runs);
        articles.clear();
        sentences.clear();
        beads.clear();
        findings.clear();
        runs.clear();
    }

    /** The sentence with the article's province and its reference number ("(réf. 17)", "(số 17)", "(No. 17)"). */
    private static String vary(String text, String language, int n, String province, boolean keepOffsets) {
        String swapped = text;
        if (!keepOffsets) {
            String name = language.equals("vi") ? province : org.songngu.corpus.AccentFolding.fold(province);
            swapped = PROVINCE.matcher(text).replaceAll(Matcher.quoteReplacement(capitalised(name)));
        }
        String reference = switch (language) {
            case "fr" -> " (réf. " + n + ")";
            case "vi" -> " (số " + n + ")";
            default -> " (No. " + n + ")";
        };
        Matcher end = FINAL_PUNCTUATION.matcher(swapped);
        end.find();
        return swapped.substring(0, end.start()) + reference + swapped.substring(end.start());
    }

    private static String capitalised(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            out.append(out.isEmpty() ? "" : " ")
                    .append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return out.toString();
    }

    private static List<String> queries(Glossary glossary, JdbcClient jdbc, Random random) {
        List<String> queries = new ArrayList<>();
        for (Term term : glossary.terms()) {
            for (Language language : Language.values()) {
                term.in(language).stream().limit(1).forEach(queries::add);
            }
        }
        java.util.Collections.shuffle(queries, random);
        queries = new ArrayList<>(queries.subList(0, Math.min(60, queries.size())));
        queries.addAll(PROVINCES_VI);
        List<String> stored = jdbc.sql(
                        "SELECT content FROM sentence WHERE article_id LIKE '%-1__' ORDER BY article_id, lang, idx")
                .query(String.class)
                .list();
        for (int i = 0; i < 60 && !stored.isEmpty(); i++) {
            String[] words = stored.get(random.nextInt(stored.size())).split("\\s+");
            int from = random.nextInt(Math.max(1, words.length - 3));
            String phrase = String.join(
                    " ",
                    java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + 2 + random.nextInt(2))));
            queries.add(i % 2 == 0 ? phrase : org.songngu.corpus.AccentFolding.fold(phrase));
        }
        for (int i = 0; i < 10; i++) {
            queries.add("réf. " + (100 + random.nextInt(10_000)));
        }
        queries.addAll(List.of("xylophone", "kangourou bleu", "quantum", "zzz", "Marseille"));
        return queries;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
