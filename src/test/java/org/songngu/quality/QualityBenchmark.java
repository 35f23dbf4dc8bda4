package org.songngu.quality;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.languagetool.JLanguageTool;

/**
 * Benchmark, not a test: French sentences per second of {@link FrenchChecker} against plain
 * LanguageTool checking sentence by sentence on one thread, with the same rules, the same accepted
 * words and the same name markup, in one run; and whether both give the same findings.
 *
 * <p>Arguments: {@code [sentences] [threads] [boilerplate true|false]}; run through
 * {@code bench/quality/run.sh}.
 */
public final class QualityBenchmark {

    private static final List<String> TERMS = List.of("mobilisation des masses", "Comité provincial du Parti",
            "Comité populaire provincial", "Front de la Patrie", "nouvelle ruralité",
            "Mobilisation des masses qualifiée", "réduction durable de la pauvreté");

    private QualityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 2_400;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        boolean boilerplate = args.length <= 2 || Boolean.parseBoolean(args[2]);
        QualitySettings settings = QualitySettings.defaults().withThreads(threads);
        List<NewsTextGenerator.Article> warmUp = new NewsTextGenerator(7, boilerplate).articles(300);
        List<NewsTextGenerator.Article> corpus = new NewsTextGenerator(42, boilerplate).articles(size);
        int sentences = corpus.stream().mapToInt(article -> article.sentences().size()).sum();
        long distinct = corpus.stream().flatMap(article -> article.sentences().stream()).distinct().count();
        System.out.printf(Locale.ROOT, "corpus: %d articles, %d sentences, %d distinct; %d threads%n",
                corpus.size(), sentences, distinct, threads);

        long start = System.nanoTime();
        try (FrenchChecker checker = new FrenchChecker(settings, TERMS, List.of())) {
            checker.warmUp();
            JLanguageTool plain = LanguageToolTextChecker.build(FrenchChecker.sharedFrench(), settings, TERMS);
            System.out.printf(Locale.ROOT, "start-up of both: %.1f s%n", seconds(start));

            // Both sides run the same warm-up articles first, so the JIT has compiled LanguageTool for both.
            warmUp.forEach(article -> checker.check(article.sentences(), article.names()));
            for (NewsTextGenerator.Article article : warmUp) {
                plainCheck(plain, checker, article);
            }
            checker.clearCache();

            start = System.nanoTime();
            long plainCpu = cpuNanos();
            List<List<QualityFinding>> plainFindings = new ArrayList<>();
            for (NewsTextGenerator.Article article : corpus) {
                plainFindings.addAll(plainCheck(plain, checker, article));
            }
            double plainSeconds = seconds(start);
            plainCpu = cpuNanos() - plainCpu;

            start = System.nanoTime();
            long fastCpu = cpuNanos();
            List<List<QualityFinding>> fastFindings = new ArrayList<>();
            int cached = 0;
            for (NewsTextGenerator.Article article : corpus) {
                ArticleCheck result = checker.check(article.sentences(), article.names());
                if (result.isFailed()) {
                    throw new IllegalStateException(result.failure());
                }
                result.sentences().forEach(sentence -> fastFindings.add(withoutIndex(sentence.findings())));
                cached += result.summary().cachedSentences();
            }
            double fastSeconds = seconds(start);
            fastCpu = cpuNanos() - fastCpu;
            System.out.printf(Locale.ROOT, "CPU time: plain %.1f s, FrenchChecker %.1f s (all threads); "
                    + "machine load average %.1f on %d cores%n", plainCpu / 1e9, fastCpu / 1e9,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());

            report(sentences, plainSeconds, fastSeconds, cached, plainFindings, fastFindings, corpus);
        }
    }

    private static List<List<QualityFinding>> plainCheck(JLanguageTool plain, FrenchChecker checker,
            NewsTextGenerator.Article article) throws IOException {
        List<List<QualityFinding>> findings = new ArrayList<>();
        for (String sentence : article.sentences()) {
            List<Span> names = checker.nameSpans(sentence, article.names());
            CheckedText text = CheckedText.of(List.of(sentence), List.of(names));
            List<QualityFinding> found = text.distribute(plain.check(text.annotated())).get(0);
            findings.add(checker.accepted(sentence, names, found));
        }
        return findings;
    }

    private static void report(int sentences, double plainSeconds, double fastSeconds, int cached,
            List<List<QualityFinding>> plain, List<List<QualityFinding>> fast, List<NewsTextGenerator.Article> corpus) {
        List<String> all = corpus.stream().flatMap(article -> article.sentences().stream()).toList();
        int different = 0;
        int findings = 0;
        for (int i = 0; i < plain.size(); i++) {
            findings += plain.get(i).size();
            if (!new HashSet<>(plain.get(i)).equals(new HashSet<>(fast.get(i)))) {
                if (different++ < 5) {
                    System.out.println("differs: " + all.get(i) + "\n  plain " + plain.get(i) + "\n  fast  " + fast.get(i));
                }
            }
        }
        double plainRate = sentences / plainSeconds;
        double fastRate = sentences / fastSeconds;
        System.out.printf(Locale.ROOT, "plain LanguageTool, sentence by sentence, 1 thread: %.1f sentences/s (%.1f s)%n",
                plainRate, plainSeconds);
        System.out.printf(Locale.ROOT, "FrenchChecker: %.1f sentences/s (%.1f s), %d sentences from the cache%n",
                fastRate, fastSeconds, cached);
        System.out.printf(Locale.ROOT, "ratio: %.2fx%n", fastRate / plainRate);
        System.out.printf(Locale.ROOT, "findings: %d; sentences whose findings differ: %d -> %s%n", findings, different,
                different == 0 ? "SAME" : "DIFFERENT");
    }

    private static List<QualityFinding> withoutIndex(List<QualityFinding> findings) {
        return findings.stream().map(finding -> finding.onSentence(0)).toList();
    }

    /** CPU time used so far by the live threads of this JVM (LanguageTool's and ours). */
    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            total += Math.max(0, threads.getThreadCpuTime(id));
        }
        return total;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
