package org.songngu.align;

/**
 * The tunables of the {@link Aligner}; one configuration serves every language pair.
 *
 * @param maxSide           the most sentences on one side of a bead whose both sides hold two or more (beads a-b
 *                          with 2 ≤ a, b ≤ maxSide); one sentence may face up to {@link #fanOut()}; and 1-0, 0-1
 * @param bandWidth         the initial half-width of the search band, in target sentences; it doubles
 *                          while the best path runs near its edge
 * @param anchorWeight      weight of number, punctuation, name and glossary evidence (the items are not independent)
 * @param lexiconWeight     weight of the learned word-translation evidence
 * @param lexiconThreshold  mean of the two IBM Model 1 probabilities from which a word pair counts as a translation
 * @param lexiconIterations EM iterations of IBM Model 1
 * @param learnConfidence   the posterior from which a 1-1 bead of a pass teaches the next pass
 * @param passes            search passes over the batch (1: no learning; 2: learn once, align again; ...)
 * @param temperature       softness of the last pass's posteriors that give each bead its confidence
 *                          (learning passes use plain posteriors)
 * @param cognateLength     folded length from which any identical word is evidence (shorter: only names)
 * @param supportOffset     prior log-odds that a sentence of a multi-sentence side belongs to its bead,
 *                          before the evidence of its own items ({@link MatchScorer}); +∞ turns the
 *                          support term off
 */
public record AlignerSettings(
        int maxSide,
        int bandWidth,
        double anchorWeight,
        double lexiconWeight,
        double lexiconThreshold,
        int lexiconIterations,
        double learnConfidence,
        int passes,
        double temperature,
        int cognateLength,
        double supportOffset) {

    public AlignerSettings {
        if (maxSide < 1 || maxSide > 6) {
            throw new IllegalArgumentException("maxSide must be in 1..6, not " + maxSide);
        }
        if (bandWidth < 1) {
            throw new IllegalArgumentException("bandWidth must be positive, not " + bandWidth);
        }
        if (anchorWeight < 0 || lexiconWeight < 0) {
            throw new IllegalArgumentException("evidence weights must not be negative");
        }
        if (!(lexiconThreshold > 0 && lexiconThreshold < 1)) {
            throw new IllegalArgumentException("lexiconThreshold must be in (0,1), not " + lexiconThreshold);
        }
        if (lexiconIterations < 1 || passes < 1) {
            throw new IllegalArgumentException("lexiconIterations and passes must be at least 1");
        }
        if (!(learnConfidence >= 0 && learnConfidence <= 1)) {
            throw new IllegalArgumentException("learnConfidence must be in [0,1], not " + learnConfidence);
        }
        if (Double.isNaN(supportOffset)) {
            throw new IllegalArgumentException("supportOffset must be a number or +∞");
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive, not " + temperature);
        }
    }

    /**
     * The most sentences one sentence may face in a bead (1-n and n-1 beads): {@code maxSide + 2}.
     * A translator splits one long sentence into four or five far more often than two sentences
     * into four: on the development sets 1-4 and 1-5 beads were 2% of the beads, and capping them
     * at 1-3 cost two or three wrong beads each (a 1-3 and one or two 0-1). Beads of two or more
     * sentences on both sides stay within {@code maxSide}, which bounds the search's work.
     */
    public int fanOut() {
        return maxSide + 2;
    }

    /** The configuration measured in docs/ALIGNMENT.md. */
    public static AlignerSettings defaults() {
        return new AlignerSettings(3, 10, 0.5, 0.5, 0.15, 5, 0.5, 2, 2.0, 7, 2.0);
    }

    public AlignerSettings withPasses(int newPasses) {
        return new AlignerSettings(
                maxSide,
                bandWidth,
                anchorWeight,
                lexiconWeight,
                lexiconThreshold,
                lexiconIterations,
                learnConfidence,
                newPasses,
                temperature,
                cognateLength,
                supportOffset);
    }
}
