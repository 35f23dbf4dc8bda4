package org.songngu.quality;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.languagetool.JLanguageTool;

/**
 * Benchmark, not a test: French sentences per second of {@link FrenchChecker} against plain
 * LanguageTool checking sentence by sentence on one thread, with the same rules, the same accepted
 * words and the same name markup, in one JVM; and whether both give the same findings.
 *
 * <p>Two inputs built by {@link BenchmarkCorpus} from the project's corpus: every line distinct,
 * and the same with one line in five a repeated site line. For each, plain (A) and checker (B)
 * take each article in turn, A then B or B then A, alternating article by article, so that neither
 * side profits from running later (JIT, caches of the machine) and a change of the machine's load
 * during a round weighs on both alike; the checker's cache is emptied before each round. What is
 * compared is each side's own CPU, the clocks of the threads doing its checks
 * ({@link ThreadMXBean#getThreadCpuTime}) summed: for A the calling thread, for B the calling
 * thread (masking, cache, mapping back) and the
 * checker's {@code french-check-} workers. Unlike the process's CPU, this leaves out what other
 * threads do meanwhile (GC, JIT compilation, the rest of the machine's load stealing caches), which
 * moved plain LanguageTool's figure by a third between runs; GC is left out for both sides, so the
 * bytes each side allocates are reported beside it. Per round, each side's ms a line and their
 * ratio; over the rounds, the medians. Wall clock and process CPU are reported per pass too.
 *
 * <p>Arguments: {@code [sentences=2400] [threads=cores] [rounds=2] [corpus dir=corpus]}; run through
 * {@code bench/quality/run.sh}.
 */
public final class QualityBenchmark {

    static final List<String> TERMS = List.of(
            "mobilisation des masses",
            "Comité provincial du Parti",
            "Comité populaire provincial",
            "Front de la Patrie",
            "nouvelle ruralité",
            "Mobilisation des masses qualifiée",
            "réduction durable de la pauvreté");
    private static final int WARM_UP_SENTENCES = 800;

    private QualityBenchmark() {}

    /** The checker's worker threads (FrenchChecker names them so). */
    private static final String WORKER_PREFIX = "french-check-";

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * What one pass of one side measured: wall clock, process CPU, the CPU and allocated bytes of
     * the side's own threads.
     */
    private record Pass(
            double seconds,
            double cpuSeconds,
            double threadCpuSeconds,
            long allocatedBytes,
            int cached,
            List<List<QualityFinding>> findings) {}

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 2_400;
        int threads = args.length > 1
                ? Integer.parseInt(args[1])
                : Runtime.getRuntime().availableProcessors();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path corpusDir = Path.of(args.length > 3 ? args[3] : "corpus");
        QualitySettings settings = QualitySettings.defaults().withThreads(threads);

        BenchmarkCorpus source = new BenchmarkCorpus(corpusDir, 42);
        Set<String> taken = new HashSet<>();
        List<BenchmarkCorpus.Article> warmUp = source.articles(WARM_UP_SENTENCES, true, taken);
        List<BenchmarkCorpus.Article> distinct = source.articles(size, false, taken);
        List<BenchmarkCorpus.Article> boilerplate = source.articles(size, true, taken);
        List<BenchmarkCorpus.Article> prose = prose(System.getenv("SONGNGU_BENCH_PROSE"), size);
        System.out.printf(
                Locale.ROOT,
                "%d body sentences in %s; %d threads; %d rounds of A (plain) then B (checker)%n",
                source.corpusSentences(),
                corpusDir,
                threads,
                rounds);
        System.out.println("timed: the CPU clocks of each side's own threads, summed (A: the calling thread;"
                + " B: the calling thread and the checker's " + WORKER_PREFIX + "* workers); GC, JIT and other"
                + " threads left out, the process's CPU shown beside it");

        long start = System.nanoTime();
        try (FrenchChecker checker = new FrenchChecker(settings, TERMS, List.of())) {
            checker.warmUp();
            JLanguageTool plain = LanguageToolTextChecker.build(FrenchChecker.sharedFrench(), settings, TERMS);
            System.out.printf(Locale.ROOT, "start-up of both: %.1f s%n", seconds(start));
            // The same warm-up articles on both sides, twice, alternating, before anything is timed.
            for (int i = 0; i < 2; i++) {
                plainPass(plain, checker, warmUp);
                checkerPass(checker, warmUp);
            }
            Result first = run("all distinct", distinct, rounds, plain, checker);
            naivePass(plain, checker, distinct, first);
            Result second = run("with site lines", boilerplate, rounds, plain, checker);
            naivePass(plain, checker, boilerplate, second);
            boolean same = first.same && second.same;
            if (!prose.isEmpty()) {
                same &= run("French prose", prose, rounds, plain, checker).same;
            } else {
                System.out.println(
                        "\n(no French prose: set SONGNGU_BENCH_PROSE to UTF-8 text files, one sentence a line)");
            }
            System.out.println(same ? "findings: SAME in every pass" : "findings: DIFFERENT");
            if (!same) {
                System.exit(1);
            }
        }
    }

    /**
     * Ordinary French prose from the files named in {@code paths} (separated by the path
     * separator, ':'): every distinct non-blank line once, at most {@code size}, in articles of 30
     * lines without names. Literary text has no Vietnamese names and few repeated lines, so the
     * checker's masking and caches have nothing to find there: what is left is LanguageTool's own
     * work.
     */
    static List<BenchmarkCorpus.Article> prose(String paths, int size) throws IOException {
        if (paths == null || paths.isBlank()) {
            return List.of();
        }
        Set<String> lines = new java.util.LinkedHashSet<>();
        for (String path : paths.split(java.io.File.pathSeparator)) {
            for (String line : java.nio.file.Files.readAllLines(Path.of(path.strip()))) {
                if (!line.isBlank() && lines.size() < size) {
                    lines.add(line.strip());
                }
            }
        }
        List<String> all = List.copyOf(lines);
        List<BenchmarkCorpus.Article> articles = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 30) {
            articles.add(new BenchmarkCorpus.Article(all.subList(from, Math.min(all.size(), from + 30)), List.of()));
        }
        return articles;
    }

    /** One input's A/B comparison: same findings?, the checker's rate, its findings (last pass). */
    private record Result(boolean same, double checkerRate, List<List<QualityFinding>> checkerFindings) {}

    private static Result run(
            String name, List<BenchmarkCorpus.Article> articles, int rounds, JLanguageTool plain, FrenchChecker checker)
            throws IOException {
        int sentences = articles.stream()
                .mapToInt(article -> article.sentences().size())
                .sum();
        System.out.printf(
                Locale.ROOT,
                "%n== %s: %d articles, %d sentences, %d distinct, mean %.0f chars%n",
                name,
                articles.size(),
                sentences,
                BenchmarkCorpus.distinct(articles),
                articles.stream()
                        .flatMap(article -> article.sentences().stream())
                        .mapToInt(String::length)
                        .average()
                        .orElse(0));
        double plainWall = 0;
        double plainCpu = 0;
        double checkerWall = 0;
        double checkerCpu = 0;
        double[] plainMs = new double[rounds];
        double[] checkerMs = new double[rounds];
        double[] ratios = new double[rounds];
        long plainBytes = 0;
        long checkerBytes = 0;
        boolean same = true;
        List<List<QualityFinding>> checkerFindings = List.of();
        for (int round = 1; round <= rounds; round++) {
            Pass[] ab = interleavedRound(plain, checker, articles, round % 2 == 1);
            Pass a = ab[0];
            Pass b = ab[1];
            print("A plain  ", round, sentences, a);
            print("B checker", round, sentences, b);
            same &= compare(a.findings, b.findings, articles);
            checkerFindings = b.findings;
            plainWall += a.seconds;
            plainCpu += a.cpuSeconds;
            checkerWall += b.seconds;
            checkerCpu += b.cpuSeconds;
            plainBytes += a.allocatedBytes;
            checkerBytes += b.allocatedBytes;
            plainMs[round - 1] = 1000 * a.threadCpuSeconds / sentences;
            checkerMs[round - 1] = 1000 * b.threadCpuSeconds / sentences;
            ratios[round - 1] = a.threadCpuSeconds / b.threadCpuSeconds;
            System.out.printf(
                    Locale.ROOT,
                    "  round %d: own threads' CPU %.2f vs %.2f ms/sentence, ratio %.2fx%n",
                    round,
                    plainMs[round - 1],
                    checkerMs[round - 1],
                    ratios[round - 1]);
        }
        double total = (double) sentences * rounds;
        System.out.printf(
                Locale.ROOT,
                "%s: CPU of each side's own threads, median of %d rounds: plain LanguageTool %.2f ms/sentence,"
                        + " FrenchChecker %.2f ms/sentence, ratio %.2fx (median of the rounds' ratios);"
                        + " allocated %.2f vs %.2f MB/sentence; load average %.1f%n",
                name,
                rounds,
                median(plainMs),
                median(checkerMs),
                median(ratios),
                plainBytes / total / 1e6,
                checkerBytes / total / 1e6,
                loadAverage());
        System.out.printf(
                Locale.ROOT,
                "  (all rounds, whole process: CPU %.2f vs %.2f ms/sentence, ratio %.2fx; wall %.1f vs %.1f"
                        + " sentences/s, ratio %.2fx)%n",
                1000 * plainCpu / total,
                1000 * checkerCpu / total,
                plainCpu / checkerCpu,
                total / plainWall,
                total / checkerWall,
                plainWall / checkerWall);
        return new Result(same, total / checkerWall, checkerFindings);
    }

    /**
     * One timed round: every article is checked by A and then by B, or by B and then by A, the order
     * changing from article to article (and the first article's from round to round), so that a change
     * of load on the machine during the round weighs on both sides alike. The checker's cache is
     * emptied first. A's own CPU is the calling thread's clock around its checks; B's, the calling
     * thread's clock around its checks plus what the checker's workers used over the round (they work
     * for B only). Wall clock and process CPU are read around each side's checks of each article.
     */
    private static Pass[] interleavedRound(
            JLanguageTool plain, FrenchChecker checker, List<BenchmarkCorpus.Article> articles, boolean plainFirst)
            throws IOException {
        checker.clearCache();
        Clocks a = new Clocks();
        Clocks b = new Clocks();
        List<List<QualityFinding>> plainFindings = new ArrayList<>();
        List<List<QualityFinding>> checkerFindings = new ArrayList<>();
        int[] cached = {0};
        Map<Long, long[]> before = workerClocks();
        for (int i = 0; i < articles.size(); i++) {
            BenchmarkCorpus.Article article = articles.get(i);
            IoAction plainCheck = () -> plainFindings.addAll(plainArticle(plain, checker, article));
            IoAction checkerCheck = () -> cached[0] += checkerArticle(checker, article, checkerFindings);
            if ((i % 2 == 0) == plainFirst) {
                a.time(plainCheck);
                b.time(checkerCheck);
            } else {
                b.time(checkerCheck);
                a.time(plainCheck);
            }
        }
        long[] workers = workerDelta(before, workerClocks());
        return new Pass[] {
            new Pass(a.wall / 1e9, a.process / 1e9, a.own / 1e9, a.bytes, 0, plainFindings),
            new Pass(
                    b.wall / 1e9,
                    b.process / 1e9,
                    (b.own + workers[0]) / 1e9,
                    b.bytes + workers[1],
                    cached[0],
                    checkerFindings)
        };
    }

    /** Something timed that may fail on I/O. */
    private interface IoAction {
        void run() throws IOException;
    }

    /** One side's clocks over the articles of a round: wall, process CPU, the calling thread's CPU and bytes. */
    private static final class Clocks {
        long wall;
        long process;
        long own;
        long bytes;

        void time(IoAction action) throws IOException {
            long start = System.nanoTime();
            long cpu = processCpuNanos();
            long thread = THREADS.getCurrentThreadCpuTime();
            long allocated = THREADS.getCurrentThreadAllocatedBytes();
            action.run();
            own += THREADS.getCurrentThreadCpuTime() - thread;
            bytes += THREADS.getCurrentThreadAllocatedBytes() - allocated;
            process += processCpuNanos() - cpu;
            wall += System.nanoTime() - start;
        }
    }

    /** Plain LanguageTool on one article: one check call per sentence, same markup as the checker. */
    private static List<List<QualityFinding>> plainArticle(
            JLanguageTool plain, FrenchChecker checker, BenchmarkCorpus.Article article) throws IOException {
        List<List<QualityFinding>> findings = new ArrayList<>();
        for (String sentence : article.sentences()) {
            List<Span> names = checker.nameSpans(sentence, article.names());
            CheckedText text = CheckedText.of(List.of(sentence), List.of(names));
            List<QualityFinding> found =
                    text.distribute(plain.check(text.annotated())).get(0);
            findings.add(checker.accepted(sentence, names, found));
        }
        return findings;
    }

    /** The checker on one article; its findings go to {@code findings}; gives how many came from the cache. */
    private static int checkerArticle(
            FrenchChecker checker, BenchmarkCorpus.Article article, List<List<QualityFinding>> findings) {
        ArticleCheck result = checker.check(article.sentences(), article.names());
        if (result.isFailed()) {
            throw new IllegalStateException(result.failure());
        }
        result.sentences()
                .forEach(sentence -> findings.add(sentence.findings().stream()
                        .map(finding -> finding.onSentence(0))
                        .toList()));
        return result.summary().cachedSentences();
    }

    /** Plain LanguageTool: one check call per sentence, one thread, same markup as the checker. */
    private static Pass plainPass(JLanguageTool plain, FrenchChecker checker, List<BenchmarkCorpus.Article> articles)
            throws IOException {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        long own = THREADS.getCurrentThreadCpuTime();
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        List<List<QualityFinding>> findings = new ArrayList<>();
        for (BenchmarkCorpus.Article article : articles) {
            findings.addAll(plainArticle(plain, checker, article));
        }
        return new Pass(
                seconds(start),
                (processCpuNanos() - cpu) / 1e9,
                (THREADS.getCurrentThreadCpuTime() - own) / 1e9,
                THREADS.getCurrentThreadAllocatedBytes() - bytes,
                0,
                findings);
    }

    /**
     * The naive set-up the issue starts from: plain LanguageTool, one call per sentence, one thread,
     * the same rules and accepted words, but no name markup, so every Vietnamese name is a spelling
     * mistake whose suggestions the speller computes. Timed once after the A/B rounds and set
     * against the checker's rate from them; its findings are compared with the checker's, sorted
     * by whether they touch a name (where the checker differs on purpose) or not.
     */
    private static void naivePass(
            JLanguageTool plain, FrenchChecker checker, List<BenchmarkCorpus.Article> articles, Result checked)
            throws IOException {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        List<List<QualityFinding>> naive = new ArrayList<>();
        for (BenchmarkCorpus.Article article : articles) {
            for (String sentence : article.sentences()) {
                CheckedText text = CheckedText.of(List.of(sentence), List.of(List.of()));
                naive.add(checker.accepted(
                        sentence,
                        List.of(),
                        text.distribute(plain.check(text.annotated())).get(0)));
            }
        }
        double wall = seconds(start);
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        int[] counts = new int[5];
        int k = 0;
        for (BenchmarkCorpus.Article article : articles) {
            for (String sentence : article.sentences()) {
                List<Span> names = checker.nameSpans(sentence, article.names());
                Set<QualityFinding> fast =
                        new HashSet<>(checked.checkerFindings().get(k));
                Set<QualityFinding> slow = new HashSet<>(naive.get(k));
                for (QualityFinding finding : slow) {
                    if (fast.contains(finding)) {
                        counts[0]++;
                    } else {
                        counts[touchesName(finding, names) ? 1 : 2]++;
                    }
                }
                for (QualityFinding finding : fast) {
                    if (!slow.contains(finding)) {
                        counts[touchesName(finding, names) ? 3 : 4]++;
                    }
                }
                k++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "  N naive plain LanguageTool (no name markup): %.1f sentences/s, %.2f ms CPU/sentence (its thread);"
                        + " FrenchChecker %.1f sentences/s: ratio %.2fx (wall)%n",
                naive.size() / wall,
                1000 * cpuSeconds / naive.size(),
                checked.checkerRate(),
                checked.checkerRate() / (naive.size() / wall));
        System.out.printf(
                Locale.ROOT,
                "    findings: %d the same; only naive: %d on a name, %d elsewhere;"
                        + " only the checker: %d on a name, %d elsewhere%n",
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                counts[4]);
    }

    private static boolean touchesName(QualityFinding finding, List<Span> names) {
        return names.stream()
                .anyMatch(name ->
                        finding.start() < name.end() && name.start() < Math.max(finding.end(), finding.start() + 1));
    }

    private static Pass checkerPass(FrenchChecker checker, List<BenchmarkCorpus.Article> articles) {
        checker.clearCache();
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        Map<Long, long[]> before = workerClocks();
        long own = THREADS.getCurrentThreadCpuTime();
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        List<List<QualityFinding>> findings = new ArrayList<>();
        int cached = 0;
        for (BenchmarkCorpus.Article article : articles) {
            cached += checkerArticle(checker, article, findings);
        }
        long ownCpu = THREADS.getCurrentThreadCpuTime() - own;
        long ownBytes = THREADS.getCurrentThreadAllocatedBytes() - bytes;
        long[] workers = workerDelta(before, workerClocks());
        return new Pass(
                seconds(start),
                (processCpuNanos() - cpu) / 1e9,
                (ownCpu + workers[0]) / 1e9,
                ownBytes + workers[1],
                cached,
                findings);
    }

    /** CPU nanoseconds and allocated bytes of each of the checker's worker threads, by thread id. */
    private static Map<Long, long[]> workerClocks() {
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        Map<Long, long[]> clocks = new HashMap<>();
        for (ThreadInfo info : infos) {
            if (info != null && info.getThreadName().startsWith(WORKER_PREFIX)) {
                long id = info.getThreadId();
                clocks.put(id, new long[] {THREADS.getThreadCpuTime(id), THREADS.getThreadAllocatedBytes(id)});
            }
        }
        return clocks;
    }

    /**
     * What the workers used between two readings of their clocks; a worker started in between
     * counts from zero. (A worker that ended in between would be missed: the pool's threads live as
     * long as the checker, and the pass fails if a check fails.)
     */
    private static long[] workerDelta(Map<Long, long[]> before, Map<Long, long[]> after) {
        long[] sum = new long[2];
        after.forEach((id, clock) -> {
            long[] start = before.getOrDefault(id, new long[2]);
            sum[0] += clock[0] - start[0];
            sum[1] += clock[1] - start[1];
        });
        return sum;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void print(String side, int round, int sentences, Pass pass) {
        int findings = pass.findings.stream().mapToInt(List::size).sum();
        System.out.printf(
                Locale.ROOT,
                "  round %d %s %7.1f sentences/s  %6.2f s wall  %6.2f s CPU (process)  %6.2f s CPU (own threads)"
                        + "  %5d findings%s%n",
                round,
                side,
                sentences / pass.seconds,
                pass.seconds,
                pass.cpuSeconds,
                pass.threadCpuSeconds,
                findings,
                pass.cached > 0 ? "  " + pass.cached + " from the cache" : "");
    }

    private static boolean compare(
            List<List<QualityFinding>> plain, List<List<QualityFinding>> fast, List<BenchmarkCorpus.Article> articles) {
        List<String> all = articles.stream()
                .flatMap(article -> article.sentences().stream())
                .toList();
        int different = 0;
        for (int i = 0; i < plain.size(); i++) {
            if (!new HashSet<>(plain.get(i)).equals(new HashSet<>(fast.get(i))) && different++ < 5) {
                System.out.println(
                        "  differs: " + all.get(i) + "\n    plain " + plain.get(i) + "\n    fast  " + fast.get(i));
            }
        }
        if (different > 0) {
            System.out.println("  sentences whose findings differ: " + different);
        }
        return different == 0;
    }

    /** CPU time of the whole JVM: every thread, GC and JIT compilation included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
