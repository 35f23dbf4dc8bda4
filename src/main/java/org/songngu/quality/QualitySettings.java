package org.songngu.quality;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * How French sentences are checked: the LanguageTool rules and categories switched off, the time
 * one article may take, the size of the per-sentence result cache and the number of worker
 * threads (one {@code JLanguageTool} each). The same settings serve the batch job and
 * {@code check-french}. {@link #defaults()} holds the choices for translated news explained in
 * {@code docs/QUALITY.md}.
 */
public record QualitySettings(
        Set<String> disabledRules,
        Set<String> disabledCategories,
        Duration articleTimeout,
        int cacheSize,
        int threads) {

    /** Rules that fire on nearly every scraped news sentence or depend on neighbouring sentences. */
    public static final List<String> DEFAULT_DISABLED_RULES = List.of(
            "FRENCH_WHITESPACE", "UNPAIRED_BRACKETS", "FR_REPEATEDWORDS", "TOO_LONG_SENTENCE", "WRONG_ETRE_VPPA");

    /** Categories whose findings are about the style of a whole article, not one sentence. */
    public static final List<String> DEFAULT_DISABLED_CATEGORIES = List.of("REPETITIONS_STYLE");

    public QualitySettings {
        disabledRules = Set.copyOf(disabledRules);
        disabledCategories = Set.copyOf(disabledCategories);
        if (articleTimeout == null || articleTimeout.isNegative() || articleTimeout.isZero()) {
            throw new IllegalArgumentException("the article time-out must be positive, got " + articleTimeout);
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("the cache size cannot be negative, got " + cacheSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("at least one checking thread is needed, got " + threads);
        }
    }

    /** The defaults for translated news: one thread per core, 30 s per article, 50,000 cached sentences. */
    public static QualitySettings defaults() {
        return new QualitySettings(
                Set.copyOf(DEFAULT_DISABLED_RULES),
                Set.copyOf(DEFAULT_DISABLED_CATEGORIES),
                Duration.ofSeconds(30),
                50_000,
                Runtime.getRuntime().availableProcessors());
    }

    public QualitySettings withArticleTimeout(Duration timeout) {
        return new QualitySettings(disabledRules, disabledCategories, timeout, cacheSize, threads);
    }

    public QualitySettings withThreads(int count) {
        return new QualitySettings(disabledRules, disabledCategories, articleTimeout, cacheSize, count);
    }

    public QualitySettings withCacheSize(int size) {
        return new QualitySettings(disabledRules, disabledCategories, articleTimeout, size, threads);
    }
}
