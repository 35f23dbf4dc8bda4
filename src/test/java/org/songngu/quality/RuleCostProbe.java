package org.songngu.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;
import org.languagetool.rules.TextLevelRule;
import org.languagetool.rules.patterns.RuleSet;

/**
 * Benchmark, not a test: what each rule costs the checker, per sentence, on one thread. The
 * sentences of {@link QualityBenchmark}'s all-distinct news (names masked as the checker masks them)
 * or of the French prose files given, analysed by the checker's own {@code JLanguageTool}; then, per
 * sentence, every rule the checker would try on it (LanguageTool's word hints and the checker's
 * {@link RuleConditions}) is run alone and timed. Prints the rules that cost most, with their runs
 * and matches, and the total per sentence; the last of three rounds (the first two warm up).
 *
 * <p>Run from the calling thread, which is not one of the checker's: the speller and synthesizer
 * memos are not used, as in plain LanguageTool, so the filters that ask the speller weigh more here
 * than in the checker.
 *
 * <p>Arguments: {@code [sentences=1200] [top=40] [prose files, ':'-separated]}; run through {@code
 * bench/quality/rule-cost.sh}.
 */
public final class RuleCostProbe {

    private static final int ROUNDS = 3;

    private RuleCostProbe() {}

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_200;
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        String prose = args.length > 2 ? args[2] : null;
        QualitySettings settings = QualitySettings.defaults().withThreads(1);
        List<BenchmarkCorpus.Article> articles;
        if (prose != null) {
            articles = QualityBenchmark.prose(prose, size);
        } else {
            BenchmarkCorpus source = new BenchmarkCorpus(Path.of("corpus"), 42);
            HashSet<String> taken = new HashSet<>();
            source.articles(800, true, taken); // the benchmark's warm-up lines, left out as there
            articles = source.articles(size, false, taken);
        }
        JLanguageTool tool = LanguageToolTextChecker.buildPreFiltering(
                FrenchChecker.sharedFrench(), settings, QualityBenchmark.TERMS);
        List<AnalyzedSentence> sentences = new ArrayList<>();
        try (FrenchChecker checker = new FrenchChecker(settings, QualityBenchmark.TERMS, List.of())) {
            for (BenchmarkCorpus.Article article : articles) {
                for (String sentence : article.sentences()) {
                    String masked = MaskedSentence.of(sentence, checker.nameSpans(sentence, article.names()))
                            .text();
                    sentences.addAll(tool.analyzeText(masked));
                }
            }
        }
        RuleSet tried = PreFilteringLanguageTool.filtering(RuleSet.textHinted(tool.getAllActiveRules()));
        Map<String, long[]> costs = new HashMap<>();
        long total = 0;
        long runs = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            costs.clear();
            total = 0;
            runs = 0;
            for (AnalyzedSentence sentence : sentences) {
                for (Rule rule : tried.rulesForSentence(sentence)) {
                    long start = System.nanoTime();
                    int matches = (rule instanceof TextLevelRule textLevel
                                    ? textLevel.match(List.of(sentence))
                                    : rule.match(sentence))
                            .length;
                    long nanos = System.nanoTime() - start;
                    long[] cost = costs.computeIfAbsent(
                            rule.getFullId() + " (" + rule.getClass().getSimpleName() + ")", key -> new long[3]);
                    cost[0] += nanos;
                    cost[1]++;
                    cost[2] += matches;
                    total += nanos;
                    runs++;
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d sentences (%s), round %d of %d: %.0f rule runs and %.2f ms a sentence in the rules' match%n",
                sentences.size(),
                prose != null ? "prose" : "all-distinct news",
                ROUNDS,
                ROUNDS,
                (double) runs / sentences.size(),
                total / 1e6 / sentences.size());
        List<Map.Entry<String, long[]>> ranked = new ArrayList<>(costs.entrySet());
        ranked.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        long shown = 0;
        for (Map.Entry<String, long[]> entry : ranked.subList(0, Math.min(top, ranked.size()))) {
            long[] cost = entry.getValue();
            shown += cost[0];
            System.out.printf(
                    Locale.ROOT,
                    "%6.2f %% (%5.1f %% so far) %9.1f us a run %7d runs %5d matches  %s%n",
                    100.0 * cost[0] / total,
                    100.0 * shown / total,
                    cost[0] / 1e3 / cost[1],
                    cost[1],
                    cost[2],
                    entry.getKey());
        }
    }
}
