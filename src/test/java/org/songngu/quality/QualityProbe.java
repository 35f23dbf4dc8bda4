package org.songngu.quality;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;

/**
 * Benchmark, not a test: LanguageTool's own work on the checker's texts, on one thread, without
 * the checker around it. The all-distinct news input of {@link QualityBenchmark} (same corpus, same
 * seed), names masked and sentences joined per article as {@link FrenchChecker} masks and joins
 * them, is checked in turn by three {@code JLanguageTool}s with the same rules and accepted words:
 * <b>plain</b> LanguageTool, the checker's tool without the narrowed disambiguation (<b>rules</b>:
 * only the pattern rules a sentence's tags rule out are skipped), and the checker's tool as built
 * (<b>both</b>: {@link NarrowedFrenchDisambiguator} too). Each {@code check} is timed on the
 * thread's own CPU clock; the tools take each text one after the other (which goes first changes
 * from text to text), so that other work on the machine weighs on the three alike; per round each
 * tool's ms a line, over the rounds the medians. No suggestion
 * memo on any side, so the absolute figures are above the benchmark's. The matches of the three are
 * compared (rule, span, message, suggestions).
 *
 * <p>Arguments: {@code [sentences=1200] [rounds=4] [corpus dir=corpus]}; run through {@code
 * bench/quality/probe.sh}.
 */
public final class QualityProbe {

    private QualityProbe() {}

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path corpusDir = Path.of(args.length > 2 ? args[2] : "corpus");
        QualitySettings settings = QualitySettings.defaults().withThreads(1);
        BenchmarkCorpus source = new BenchmarkCorpus(corpusDir, 42);
        HashSet<String> taken = new HashSet<>();
        List<BenchmarkCorpus.Article> warmUp = source.articles(800, true, taken);
        List<BenchmarkCorpus.Article> distinct = source.articles(size, false, taken);
        List<AnnotatedText> texts;
        List<AnnotatedText> warmUpTexts;
        try (FrenchChecker checker = new FrenchChecker(settings, QualityBenchmark.TERMS, List.of())) {
            texts = joined(checker, distinct);
            warmUpTexts = joined(checker, warmUp);
        }
        int lines = distinct.stream()
                .mapToInt(article -> article.sentences().size())
                .sum();
        Language french = FrenchChecker.sharedFrench();
        List<String> names = List.of("plain", "rules", "both");
        List<JLanguageTool> tools = List.of(
                LanguageToolTextChecker.build(french, settings, QualityBenchmark.TERMS),
                LanguageToolTextChecker.buildPreFiltering(french, settings, QualityBenchmark.TERMS, false),
                LanguageToolTextChecker.buildPreFiltering(french, settings, QualityBenchmark.TERMS));
        System.out.printf(
                Locale.ROOT,
                "%d all-distinct lines in %d texts; tools %s, one thread, %d rounds; timed: each check on the"
                        + " thread's CPU clock%n",
                lines,
                texts.size(),
                names,
                rounds);
        for (int i = 0; i < 2; i++) {
            for (JLanguageTool tool : tools) {
                for (AnnotatedText text : warmUpTexts) {
                    tool.check(text);
                }
            }
        }
        double[][] ms = new double[tools.size()][rounds];
        List<List<String>> found = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder("  round " + (round + 1) + ":");
            found.clear();
            long[] cpu = new long[tools.size()];
            for (int t = 0; t < tools.size(); t++) {
                found.add(new ArrayList<>());
            }
            // Text by text, the tools one after the other, in turn first: a burst of other work on
            // the machine then falls on all three alike.
            for (int i = 0; i < texts.size(); i++) {
                for (int j = 0; j < tools.size(); j++) {
                    int t = (i + j) % tools.size();
                    long start = cpuNanos();
                    List<RuleMatch> result = tools.get(t).check(texts.get(i));
                    cpu[t] += cpuNanos() - start;
                    result.forEach(match -> found.get(t).add(describe(match)));
                }
            }
            for (int t = 0; t < tools.size(); t++) {
                ms[t][round] = cpu[t] / 1e6 / lines;
                line.append(String.format(Locale.ROOT, "  %s %.2f ms/line", names.get(t), ms[t][round]));
            }
            System.out.println(line);
        }
        StringBuilder summary = new StringBuilder("median:");
        for (int t = 0; t < tools.size(); t++) {
            summary.append(String.format(Locale.ROOT, "  %s %.2f ms/line", names.get(t), median(ms[t])));
        }
        System.out.println(summary);
        boolean same = found.stream().allMatch(matches -> matches.equals(found.get(0)));
        System.out.printf(
                Locale.ROOT,
                "matches: %s (%d); load average %.1f%n",
                same ? "SAME" : "DIFFERENT",
                found.get(0).size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (!same) {
            System.exit(1);
        }
    }

    /** The articles' sentences with names masked, joined per article, as the checker gives them to LanguageTool. */
    private static List<AnnotatedText> joined(FrenchChecker checker, List<BenchmarkCorpus.Article> articles) {
        List<AnnotatedText> texts = new ArrayList<>();
        for (BenchmarkCorpus.Article article : articles) {
            List<String> masked = article.sentences().stream()
                    .map(sentence -> MaskedSentence.of(sentence, checker.nameSpans(sentence, article.names()))
                            .text())
                    .toList();
            texts.add(CheckedText.of(
                            masked, masked.stream().map(s -> List.<Span>of()).toList())
                    .annotated());
        }
        return texts;
    }

    private static String describe(RuleMatch match) {
        return match.getRule().getFullId() + " " + match.getFromPos() + "-" + match.getToPos() + " "
                + match.getMessage() + " " + match.getSuggestedReplacements();
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
