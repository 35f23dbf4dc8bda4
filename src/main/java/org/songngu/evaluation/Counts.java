package org.songngu.evaluation;

/**
 * Raw counts behind strict and lax precision and recall, pooled over documents (micro average):
 * distinct test beads and how many are strict/lax correct; distinct gold beads non-empty on both
 * sides and how many are strict/lax recalled.
 */
public record Counts(
        int testBeads, int precisionStrict, int precisionLax, int goldBeads, int recallStrict, int recallLax) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    public Counts {
        if (testBeads < 0
                || goldBeads < 0
                || precisionStrict > precisionLax
                || precisionLax > testBeads
                || recallStrict > recallLax
                || recallLax > goldBeads
                || precisionStrict < 0
                || recallStrict < 0) {
            throw new IllegalArgumentException("inconsistent counts");
        }
    }

    public Counts plus(Counts other) {
        return new Counts(
                testBeads + other.testBeads,
                precisionStrict + other.precisionStrict,
                precisionLax + other.precisionLax,
                goldBeads + other.goldBeads,
                recallStrict + other.recallStrict,
                recallLax + other.recallLax);
    }

    public Score strict() {
        return Score.of(precisionStrict, testBeads, recallStrict, goldBeads);
    }

    public Score lax() {
        return Score.of(precisionLax, testBeads, recallLax, goldBeads);
    }

    /** Precision, recall and F1 = 2PR/(P+R); any 0/0 is 0. */
    public record Score(double precision, double recall, double f1) {

        static Score of(int precisionHits, int tests, int recallHits, int golds) {
            double p = tests == 0 ? 0 : (double) precisionHits / tests;
            double r = golds == 0 ? 0 : (double) recallHits / golds;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }
}
