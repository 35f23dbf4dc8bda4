package org.songngu.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.songngu.glossary.TermPair;

/**
 * What one pass over a batch knows: the length variance, for each kind of evidence the chance
 * {@code p1} that a true translation covers an item (source and target side), and the learned
 * lexicon (null before the first learning), and the items of every kind extracted from every document
 * of the batch (null until extracted: then each scorer extracts its own). Builds the composite
 * scorer of a document.
 * Immutable and thread-safe; the scorers it builds are not.
 */
record CorpusModel(
        AlignerSettings settings,
        List<Evidence> evidence,
        double[] sourceP1,
        double[] targetP1,
        double variance,
        double[] ratios,
        Lexicon lexicon,
        List<TermPair> glossary,
        List<List<MatchEvidence>> extracted,
        Prior prior,
        double deletionShare) {

    /**
     * A corpus lexicon cut down to the words of the batch: its links join every lexicon this model
     * learns, and from the first pass on it is evidence of its own.
     */
    record Prior(Lexicon lexicon, Set<String> sourceWords, Set<String> targetWords) {

        static Prior of(CorpusLexicon corpus, List<PreparedPair> documents) {
            if (corpus == null) {
                return null;
            }
            Set<String> sourceWords = new LinkedHashSet<>();
            Set<String> targetWords = new LinkedHashSet<>();
            for (PreparedPair document : documents) {
                document.source().forEach(sentence -> sourceWords.addAll(sentence.words()));
                document.target().forEach(sentence -> targetWords.addAll(sentence.words()));
            }
            return new Prior(
                    corpus.lexicon().restrictedUnion(sourceWords, targetWords, null), sourceWords, targetWords);
        }

        /** The prior's links with {@code learned}'s (which may be null). */
        Lexicon with(Lexicon learned) {
            return learned == null ? lexicon : lexicon.restrictedUnion(sourceWords, targetWords, learned);
        }
    }

    /** Shape priors {@code p(a-b)}: most beads are 1-1, merges and splits are rarer the bigger they are. */
    private static final double[][] SHAPES = {
        {0, 0.001, 0, 0, 0, 0, 0},
        {0.001, 0.80, 0.06, 0.012, 0.002, 0.0005, 0.0002},
        {0, 0.06, 0.02, 0.005, 0.001, 0.0003, 0.0001},
        {0, 0.012, 0.005, 0.003, 0.001, 0.0003, 0.0001},
        {0, 0.002, 0.001, 0.001, 0.001, 0.0002, 0.0001},
        {0, 0.0005, 0.0003, 0.0003, 0.0002, 0.0002, 0.0001},
        {0, 0.0002, 0.0001, 0.0001, 0.0001, 0.0001, 0.0001},
    };

    /** Default variance of δ (Gale and Church's 6.8 for characters) and default {@code p1}s before learning. */
    private static final double DEFAULT_VARIANCE = 6.8;

    private static final double DEFAULT_P1 = 0.6;
    private static final int PRIOR_BEADS = 10;
    /** Word-pair occurrences a batch's lexicon learns from at most (about 32 MB of IBM Model 1 cells). */
    static final long LEARN_BUDGET = 8_000_000;

    static CorpusModel initial(AlignerSettings settings, List<TermPair> glossary) {
        return initial(settings, glossary, null);
    }

    /** @param prior the corpus lexicon for the batch's words, or null to learn from the batch alone */
    static CorpusModel initial(AlignerSettings settings, List<TermPair> glossary, Prior prior) {
        List<Evidence> evidence = new ArrayList<>(List.of(
                new NumberEvidence(),
                new PunctuationEvidence(),
                new NameEvidence(settings.cognateLength()),
                new GlossaryEvidence(glossary)));
        if (prior != null) {
            evidence.add(new LexiconEvidence(prior.lexicon()));
        }
        double[] p1 = new double[evidence.size()];
        Arrays.fill(p1, DEFAULT_P1);
        return new CorpusModel(
                settings,
                List.copyOf(evidence),
                p1,
                p1.clone(),
                DEFAULT_VARIANCE,
                null,
                prior == null ? null : prior.lexicon(),
                glossary,
                null,
                prior,
                0.5);
    }

    /** This model with the items of its kinds extracted from every document of the batch. */
    CorpusModel withExtracted(List<List<MatchEvidence>> items) {
        return new CorpusModel(
                settings,
                evidence,
                sourceP1,
                targetP1,
                variance,
                ratios,
                lexicon,
                glossary,
                items,
                prior,
                deletionShare);
    }

    /** {@code −ln p(a-b)} of the bead shapes up to 2-2, for a search by lengths alone ({@link LengthPath}). */
    double[][] shapeCosts() {
        double[][] costs = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                costs[a][b] = -Math.log(SHAPES[a][b]);
            }
        }
        return costs;
    }

    /** The scorer of document {@code index} of the batch. */
    BeadScorer scorer(int index, PreparedPair document) {
        int maxSide = settings.maxSide();
        int fanOut = Math.min(settings.fanOut(), SHAPES.length - 1);
        double[][] shapes = new double[fanOut + 1][fanOut + 1];
        for (int a = 0; a <= fanOut; a++) {
            for (int b = 0; b <= fanOut; b++) {
                // 1-n and n-1 up to the fan-out; beads of 2+ sentences on both sides up to maxSide
                boolean allowed = Math.min(a, b) <= 1 || Math.max(a, b) <= maxSide;
                shapes[a][b] = allowed ? SHAPES[a][b] : 0;
                if (a + b == 1) {
                    // the deletions' prior split between the sides as the batch's last pass did
                    shapes[a][b] = (SHAPES[1][0] + SHAPES[0][1]) * (a == 1 ? deletionShare : 1 - deletionShare);
                }
            }
        }
        List<BeadScorer> parts = new ArrayList<>();
        parts.add(new BeadShapeScorer(
                shapes,
                document.sourcePossible(),
                document.source().size(),
                document.targetPossible(),
                document.target().size(),
                wordless(document.source()),
                wordless(document.target())));
        parts.add(new LengthScorer(
                document.sourceLengths(),
                document.targetLengths(),
                variance,
                ratios == null ? Double.NaN : ratios[index]));
        List<MatchScorer.Kind> kinds = new ArrayList<>();
        for (int k = 0; k < evidence.size(); k++) {
            boolean lexical = evidence.get(k) instanceof LexiconEvidence;
            double weight = lexical ? settings.lexiconWeight() : settings.anchorWeight();
            MatchEvidence items = extracted == null
                    ? evidence.get(k).extract(document)
                    : extracted.get(index).get(k);
            kinds.add(new MatchScorer.Kind(items, sourceP1[k], targetP1[k], weight));
        }
        parts.add(new MatchScorer(kinds, settings.fanOut() + document.extraSide(), settings.supportOffset()));
        return new CompositeScorer(parts);
    }

    private static boolean[] wordless(List<SentenceText> side) {
        boolean[] wordless = new boolean[side.size()];
        for (int k = 0; k < wordless.length; k++) {
            wordless[k] = side.get(k).words().isEmpty();
        }
        return wordless;
    }

    /**
     * Learns from the confident 1-1 beads of a pass over the whole batch: the length variance, the
     * {@code p1} of each kind of evidence, and a lexicon (IBM Model 1 both ways, glossary pairs added
     * as training pairs so the glossary acts as a prior).
     */
    CorpusModel learn(List<PreparedPair> documents, List<List<BandedSearch.Step>> passes) {
        List<List<String>> sources = new ArrayList<>();
        List<List<String>> targets = new ArrayList<>();
        List<Double> deltas = new ArrayList<>();
        // the lexicon learns from at most LEARN_BUDGET word-pair occurrences (IBM Model 1's memory,
        // about 4 bytes each), taken in document order: an article of 100,000 paragraphs learns from
        // its first confident beads instead of needing gigabytes
        long occurrences = 0;
        double[] learnedRatios = new double[documents.size()];
        for (int d = 0; d < documents.size(); d++) {
            PreparedPair document = documents.get(d);
            learnedRatios[d] = ratio(document, passes.get(d));
            LengthScorer length =
                    new LengthScorer(document.sourceLengths(), document.targetLengths(), 1, learnedRatios[d]);
            for (BandedSearch.Step step : passes.get(d)) {
                if (step.a() == 1 && step.b() == 1 && step.posterior() >= settings.learnConfidence()) {
                    List<String> sourceWords = document.source().get(step.s()).words();
                    List<String> targetWords = document.target().get(step.t()).words();
                    occurrences += (long) sourceWords.size() * targetWords.size();
                    if (occurrences <= LEARN_BUDGET) {
                        sources.add(sourceWords);
                        targets.add(targetWords);
                    }
                    double delta = length.delta(step.s(), 1, step.t(), 1);
                    deltas.add(delta * delta);
                }
            }
        }
        // median of δ² over χ²(1)'s median: robust to the wrong beads among the confident ones;
        // shrunk towards the prior as if it had been seen on PRIOR_BEADS beads, so that a batch of
        // one short document learns from its few beads without trusting them blindly
        deltas.sort(null);
        double learnedVariance = deltas.isEmpty()
                ? variance
                : (PRIOR_BEADS * variance + deltas.size() * Math.max(0.5, deltas.get(deltas.size() / 2) / 0.4549))
                        / (PRIOR_BEADS + deltas.size());
        for (TermPair pair : glossary) {
            for (String source : pair.source()) {
                for (String target : pair.target()) {
                    sources.add(SentenceText.of(source).words());
                    targets.add(SentenceText.of(target).words());
                }
            }
        }
        List<Evidence> learnedEvidence = new ArrayList<>(evidence.subList(0, 4));
        double[] newSourceP1 = Arrays.copyOf(sourceP1, 5);
        double[] newTargetP1 = Arrays.copyOf(targetP1, 5);
        Lexicon learned = sources.isEmpty()
                ? null
                : Lexicon.learn(sources, targets, settings.lexiconIterations(), settings.lexiconThreshold());
        if (prior != null) {
            learned = prior.with(learned);
        }
        if (learned != null) {
            learnedEvidence.add(new LexiconEvidence(learned));
        }
        // extracted once, in parallel, for the coverage here and the scorers of the next pass; the
        // kinds this model already extracted (all but the new lexicon) are reused, not extracted again
        List<List<MatchEvidence>> items = IntStream.range(0, documents.size())
                .parallel()
                .mapToObj(d -> IntStream.range(0, learnedEvidence.size())
                        .mapToObj(k ->
                                extracted != null && k < evidence.size() && evidence.get(k) == learnedEvidence.get(k)
                                        ? extracted.get(d).get(k)
                                        : learnedEvidence.get(k).extract(documents.get(d)))
                        .toList())
                .toList();
        for (int k = 0; k < learnedEvidence.size(); k++) {
            double[] coverage = coverage(k, items, passes);
            newSourceP1[k] = coverage[0];
            newTargetP1[k] = coverage[1];
        }
        Lexicon lexiconOut = learnedEvidence.size() > 4 ? ((LexiconEvidence) learnedEvidence.get(4)).lexicon() : null;
        return new CorpusModel(
                settings,
                List.copyOf(learnedEvidence),
                Arrays.copyOf(newSourceP1, learnedEvidence.size()),
                Arrays.copyOf(newTargetP1, learnedEvidence.size()),
                learnedVariance,
                learnedRatios,
                lexiconOut,
                glossary,
                items,
                prior,
                learnedDeletionShare(passes));
    }

    /**
     * The share of sentences without counterpart that are source sentences (1-0 beads, against
     * 0-1), from the previous pass over the batch, as if one of each had been seen before: which
     * side drops sentences is a property of the translation (a translation that adds captions and
     * notes has many 0-1 beads and almost no 1-0), so a deletion on the side that rarely has one
     * costs more. The two shapes keep their summed prior: how many deletions there are is not
     * learned (learning that too made the passes delete more and more, docs/ALIGNMENT.md).
     */
    static double learnedDeletionShare(List<List<BandedSearch.Step>> passes) {
        double source = 0;
        double target = 0;
        for (List<BandedSearch.Step> path : passes) {
            for (BandedSearch.Step step : path) {
                if (step.a() == 1 && step.b() == 0) {
                    source++;
                } else if (step.a() == 0 && step.b() == 1) {
                    target++;
                }
            }
        }
        return (source + 1) / (source + target + 2);
    }

    /**
     * Target/source length ratio over the confident 1-1 beads of a document, or NaN (use the totals)
     * when it has fewer than ten: where one side omits passages the totals overstate the ratio.
     */
    private double ratio(PreparedPair document, List<BandedSearch.Step> path) {
        double source = 0;
        double target = 0;
        int beads = 0;
        for (BandedSearch.Step step : path) {
            if (step.a() == 1 && step.b() == 1 && step.posterior() >= settings.learnConfidence()) {
                source += document.source().get(step.s()).length();
                target += document.target().get(step.t()).length();
                beads++;
            }
        }
        return beads >= 10 ? (target + 1) / (source + 1) : Double.NaN;
    }

    /** Share of source and of target items covered in confident 1-1 beads, smoothed and kept in [0.05, 0.95]. */
    private double[] coverage(int kind, List<List<MatchEvidence>> extracted, List<List<BandedSearch.Step>> passes) {
        double[] covered = {1, 1};
        double[] items = {2, 2};
        for (int d = 0; d < extracted.size(); d++) {
            MatchEvidence evidence = extracted.get(d).get(kind);
            for (BandedSearch.Step step : passes.get(d)) {
                if (step.a() == 1 && step.b() == 1 && step.posterior() >= settings.learnConfidence()) {
                    covered[0] += Long.bitCount(MatchEvidence.mask(evidence.source(), step.s(), step.t()));
                    items[0] += evidence.source().links()[step.s()].length;
                    covered[1] += Long.bitCount(MatchEvidence.mask(evidence.target(), step.t(), step.s()));
                    items[1] += evidence.target().links()[step.t()].length;
                }
            }
        }
        return new double[] {clamp(covered[0] / items[0]), clamp(covered[1] / items[1])};
    }

    private static double clamp(double p) {
        return Math.max(0.05, Math.min(0.95, p));
    }
}
