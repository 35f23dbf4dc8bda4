package org.songngu.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.songngu.SongnguApplication;
import org.songngu.batch.AlignmentRuns;
import org.songngu.batch.RunReport;
import org.songngu.corpus.Language;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.Term;
import org.songngu.review.SearchIndexing;
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
 * JDBC batches with N articles made from those five, their search keys and summaries
 * computed with the application's code ({@link ReviewScaleFill}), {@code ANALYZE}s it, then asks
 * one signed-in reviewer's questions one after another, interleaved: the article list page with
 * random filters and pages, the same list through the API, an article page, a search through the
 * API and the list page with a search, and those two with the hard queries. Prints the load
 * average, p50/p95/p99/max per kind and PASS when p95 is under 300 ms.
 *
 * <p>Usage: {@code ReviewScaleBenchmark [articles=20000] [requests=300] [warmup=60] [db=h2|postgres]
 * [url=jdbc:postgresql://...] [user=songngu] [password=songngu] [schema=public] [reuse=no|yes]}. With
 * {@code db=postgres} the schema {@code schema} of the database at {@code url} is dropped and
 * created again first, then Flyway migrates it. With {@code reuse=yes} a database
 * that a former call filled with the same number of articles is kept and only timed: filling 20,000
 * articles takes minutes, so it can be done apart from the timing, which wants a quiet machine.
 * {@code requests=0} fills and times nothing.
 */
public final class ReviewScaleBenchmark {

    private static final String PASSWORD = "scale-bench-password";
    private static final long LIMIT_NANOS = 300_000_000L;

    private ReviewScaleBenchmark() {}

    record Settings(
            int articles,
            int requests,
            int warmup,
            String db,
            String url,
            String user,
            String password,
            String schema,
            boolean reuse) {

        private static String schema(String name) {
            if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("schema is a lower-case SQL name, not " + name);
            }
            return name;
        }

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
                    "schema",
                    "public",
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
                    schema(values.get("schema")),
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
                "--logging.level.org.songngu=WARN",
                // the search index built from every article: progress
                "--logging.level.org.songngu.review.SearchIndexing=INFO",
                "--songngu.search.index-dir=" + searchIndex(settings)));
        if (settings.db().equals("postgres")) {
            if (!settings.reuse()) {
                try (Connection connection =
                                DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                        Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + settings.schema() + " CASCADE");
                    statement.execute("CREATE SCHEMA " + settings.schema());
                }
                delete(searchIndex(settings));
            }
            args.addAll(List.of(
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + postgresUrl(settings.url(), settings.schema()),
                    "--spring.datasource.username=" + settings.user(),
                    "--spring.datasource.password=" + settings.password()));
        } else {
            Path folder = Path.of("target/bench-review-scale");
            if (!settings.reuse()) {
                delete(folder);
            }
            args.add("--spring.datasource.url=jdbc:h2:file:./target/bench-review-scale/songngu");
        }
        return new SpringApplication(SongnguApplication.class).run(args.toArray(String[]::new));
    }

    /** The search index's folder: beside the H2 database, or one per PostgreSQL schema. */
    private static Path searchIndex(Settings settings) {
        return settings.db().equals("postgres")
                ? Path.of("target/bench-review-search-index-" + settings.schema())
                : Path.of("target/bench-review-scale/search-index");
    }

    private static void delete(Path folder) throws java.io.IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    /**
     * The URL in the benchmark's schema (the PostgreSQL tests empty {@code public}: a filled
     * database kept for timing lives in a schema of its own), and with batches of inserts sent as
     * multi-row inserts, which PostgreSQL's driver does only when asked.
     */
    private static String postgresUrl(String url, String schema) {
        StringBuilder out = new StringBuilder(url);
        if (!url.contains("reWriteBatchedInserts")) {
            out.append(out.indexOf("?") < 0 ? '?' : '&').append("reWriteBatchedInserts=true");
        }
        if (!url.contains("currentSchema")) {
            out.append('&').append("currentSchema=").append(schema);
        }
        return out.toString();
    }

    private static int benchmark(ConfigurableApplicationContext context, Settings settings) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long stored = jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
        // The filled articles include the job's five from corpus/.
        if (settings.reuse() && stored == settings.articles()) {
            System.out.printf(Locale.ROOT, "reused the database: %d articles stored%n", stored);
            long start = System.nanoTime();
            jdbc.sql("ANALYZE").update();
            System.out.printf(Locale.ROOT, "ANALYZE in %.1f s%n", seconds(start));
        } else {
            fillAndCount(context, jdbc, settings);
        }
        // The search index, built from every article at the first search of a database it was not
        // built for (after a fill), or brought up to date with the feed (a reused database).
        long start = System.nanoTime();
        int indexed = context.getBean(SearchIndexing.class).catchUp();
        long bytes;
        try (Stream<Path> files = Files.walk(searchIndex(settings))) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(path -> path.toFile().length())
                    .sum();
        }
        System.out.printf(
                Locale.ROOT,
                "search index: %d articles indexed in %.1f s, %s holds %.1f MB%n",
                indexed,
                seconds(start),
                searchIndex(settings),
                bytes / 1e6);
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
        List<ReviewScaleFill.Template> templates = ReviewScaleFill.templates(jdbc);

        start = System.nanoTime();
        ArticleSummaries summaries = context.getBean(ArticleSummaries.class);
        ReviewScaleFill.Filled filled = new ReviewScaleFill(context.getBean(JdbcTemplate.class), summaries)
                .fill(templates, settings.articles());
        System.out.printf(
                Locale.ROOT,
                "filled %d articles (%d sentences, %d beads, %d findings, summaries) through JDBC batches"
                        + " in %.1f s%n",
                filled.articles(),
                filled.sentences(),
                filled.beads(),
                filled.findings(),
                seconds(start));
        // The fill computed the summaries with the application's code: nothing is stale.
        int refreshed = summaries.refreshStale();
        if (refreshed != 0) {
            throw new IllegalStateException(refreshed + " summaries were stale after the fill");
        }
        start = System.nanoTime();
        jdbc.sql("ANALYZE").update();
        System.out.printf(Locale.ROOT, "ANALYZE in %.1f s%n", seconds(start));
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
     * "et de la population": four common words whose two triples ("et de la", "de la population")
     * are each in three of the five templates' copies, the phrase in one of them and the other two
     * holding both triples in other sentences, one of them earlier in id order: the case whose
     * sentences were still read under the word-pair and triple index of sessions 7-9, chosen by SQL
     * on a 2,000-article fill. "du Parti d", "of the p" and "nhân d": a phrase whose last word, typed in part, is one
     * letter, which stands for every indexed word it starts (thousands) in the phrase query.
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
            "parti de la masse",
            "et de la population",
            "du Parti d",
            "of the p",
            "nhân d");

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

    private static List<String> queries(Glossary glossary, JdbcClient jdbc, Random random) {
        List<String> queries = new ArrayList<>();
        for (Term term : glossary.terms()) {
            for (Language language : Language.values()) {
                term.in(language).stream().limit(1).forEach(queries::add);
            }
        }
        java.util.Collections.shuffle(queries, random);
        queries = new ArrayList<>(queries.subList(0, Math.min(60, queries.size())));
        queries.addAll(ReviewScaleFill.PROVINCES_VI);
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
