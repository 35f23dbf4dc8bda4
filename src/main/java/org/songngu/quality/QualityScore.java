package org.songngu.quality;

import java.util.List;
import java.util.Set;

/**
 * The quality score of a French sentence from its findings: {@code score = Π (1 − w_f)} over the
 * findings {@code f}, where {@code w_f} is 0.35 for a grammar or agreement problem, 0.25 for a
 * possible spelling mistake and 0.1 for style, typography and other advice. A sentence without
 * findings scores 1; every finding lowers the score, floored at {@link #FLOOR} so that it stays in
 * {@code (0, 1]}. Stateless.
 */
public final class QualityScore {

    static final double GRAMMAR_WEIGHT = 0.35;
    static final double SPELLING_WEIGHT = 0.25;
    static final double ADVICE_WEIGHT = 0.1;
    static final double FLOOR = 1e-6;

    private static final Set<String> SPELLING = Set.of("TYPOS", "MULTITOKEN_SPELLING");
    private static final Set<String> ADVICE = Set.of(
            "STYLE",
            "REPETITIONS_STYLE",
            "TYPOGRAPHY",
            "CAT_TYPOGRAPHIE",
            "MISC",
            "PONCTUATION_STYLE_OS",
            "CAT_TOURS_CRITIQUES",
            "CAT_PLEONASMES",
            "CAT_REGIONALISMES",
            "CAT_ARCHAISMES",
            "CAT_CALQUES",
            "CAT_ANGLICISMES_FOREIGN_TERMS",
            "CAT_MARQUES_DE_COMMERCE",
            "CASING",
            "CAT_MAJUSCULES");

    private QualityScore() {}

    static double of(List<QualityFinding> findings) {
        double score = 1.0;
        for (QualityFinding finding : findings) {
            score *= 1.0 - weight(finding.category());
        }
        return Math.max(score, FLOOR);
    }

    /** The score of a sentence whose findings have these categories (what remains after dismissals). */
    public static double ofCategories(List<String> categories) {
        double score = 1.0;
        for (String category : categories) {
            score *= 1.0 - weight(category);
        }
        return Math.max(score, FLOOR);
    }

    static double weight(String category) {
        if (SPELLING.contains(category)) {
            return SPELLING_WEIGHT;
        }
        return ADVICE.contains(category) ? ADVICE_WEIGHT : GRAMMAR_WEIGHT;
    }
}
