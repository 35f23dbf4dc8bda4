package org.songngu.quality;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Findings of sentences checked before, kept across runs (the job's database keeps them; the
 * command line has none). {@link FrenchChecker} asks it for the sentences of an article that its
 * memory does not hold, before LanguageTool, and gives it what LanguageTool found.
 *
 * <p>A key is {@link FrenchChecker#sentenceKey} of the sentence as LanguageTool reads it (names
 * masked) and a version, {@link FrenchChecker#checkerVersion}, that changes with LanguageTool's
 * version, the rules switched off, the accepted words and the checker's own suppressions: a
 * stored answer is only used by a checker that would give the same answer. Findings are in the
 * masked sentence's positions, numbered as sentence 0.
 *
 * <p>Implementations must be thread-safe. A store that fails throws; the checker then logs it
 * once and checks with LanguageTool as if nothing were stored, so a database problem never fails
 * or changes a check.
 */
public interface FindingStore {

    /** The stored findings of those of {@code keys} that are stored under {@code version}. */
    Map<String, List<QualityFinding>> find(Version version, Collection<String> keys);

    /** Stores the findings of the given keys under {@code version} (a key stored already keeps its findings). */
    void save(Version version, Map<String, List<QualityFinding>> findings);

    /**
     * @param languageTool LanguageTool's version ("6.6")
     * @param ruleSet      a hash of the rules switched off, the accepted words and names and the
     *                     checker's suppressions
     */
    record Version(String languageTool, String ruleSet) {}
}
