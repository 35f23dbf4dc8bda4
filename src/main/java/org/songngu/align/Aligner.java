package org.songngu.align;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.songngu.glossary.TermPair;

/**
 * Sentence aligner for a batch of documents: a banded dynamic programme over beads of up to
 * {@link AlignerSettings#maxSide()} sentences a side, scoring length, numbers, punctuation, names,
 * glossary terms and, from the second pass on, a lexicon learned from the confident beads of the
 * previous pass over the <em>whole batch</em>. Each bead gets its posterior probability as
 * confidence.
 *
 * <p>Immutable and thread-safe: each call works on its own state, so one instance may serve
 * concurrent calls. A call aligns the documents of its batch in parallel on the common fork-join
 * pool; the result does not depend on the number of threads.
 */
public final class Aligner {

    /** The widest band a first search starts with. */
    private static final int MAX_START_WIDTH = 64;

    private static final long START_CELLS = 500_000;

    /** The most cells of a long document's search by lengths alone: one byte each. */
    private static final long LENGTH_PATH_CELLS = 64_000_000;
    /**
     * The most memory a widened band's tables may take ({@link BandedSearch#tableBytes()}: 77 bytes a
     * cell with the default bead shapes, so about 4.9 million cells). A band near its edge is widened
     * by doubling; past this budget the search keeps the path it found instead, so that a document of
     * 100,000 sentences that strays from the diagonal cannot take gigabytes. A budget in bytes, not
     * cells, so that more bead shapes cannot silently raise it. Searches running in parallel share
     * one such budget ({@link BandBudget}).
     */
    static final long MAX_TABLE_BYTES = 360L << 20;

    private static final double DOCUMENT_RELIABILITY_EXPONENT = 1.5;

    private final AlignerSettings settings;
    private final List<TermPair> glossary;

    /** @param glossary term pairs for this language pair (source variants, target variants); may be empty */
    public Aligner(AlignerSettings settings, List<TermPair> glossary) {
        this.settings = settings;
        this.glossary = List.copyOf(glossary);
    }

    /** Aligns one document alone (it is its own batch, so it learns only from itself). */
    public Alignment align(List<String> source, List<String> target) {
        return alignAll(List.of(new DocumentPair("document", source, target))).get(0);
    }

    /**
     * Aligns one document with a lexicon learned from a stored corpus: the corpus lexicon is evidence
     * from the first pass on, and joins the lexicon the document learns from itself between passes.
     * The beads depend only on the document and {@code corpus}, not on what else is aligned.
     *
     * @param corpus the corpus lexicon of this pair, or null (then as {@link #align(List, List)})
     */
    public Alignment align(DocumentPair document, CorpusLexicon corpus) {
        return align(List.of(document), corpus).get(0);
    }

    /** Aligns every document, learning from the whole batch between passes; results in input order. */
    public List<Alignment> alignAll(List<DocumentPair> documents) {
        return align(documents, null);
    }

    private List<Alignment> align(List<DocumentPair> documents, CorpusLexicon corpus) {
        // documents are independent within a pass: they are prepared and searched in parallel
        // (the common fork-join pool, sized to the cores); results keep the input order
        List<PreparedPair> prepared =
                documents.parallelStream().map(PreparedPair::of).toList();
        CorpusModel initial = CorpusModel.initial(settings, glossary, CorpusModel.Prior.of(corpus, prepared));
        // the items of the first pass's kinds, extracted once: the learning reuses them
        CorpusModel model = initial.withExtracted(prepared.parallelStream()
                .map(document -> initial.evidence().stream()
                        .map(kind -> kind.extract(document))
                        .toList())
                .toList());
        List<List<BandedSearch.Step>> paths = null;
        for (int pass = 0; pass < settings.passes(); pass++) {
            if (paths != null) {
                model = model.learn(prepared, paths);
            }
            // learning passes read plain posteriors; the last pass softens them into confidences
            double temperature = pass == settings.passes() - 1 ? settings.temperature() : 1.0;
            CorpusModel current = model;
            List<List<BandedSearch.Step>> previous = paths;
            paths = IntStream.range(0, prepared.size())
                    .parallel()
                    .mapToObj(d ->
                            search(d, prepared.get(d), current, previous == null ? null : previous.get(d), temperature))
                    .toList();
        }
        List<Alignment> alignments = new ArrayList<>(paths.size());
        for (List<BandedSearch.Step> path : paths) {
            int irregular = IrregularStretches.places(path);
            double document = documentReliability(irregular, path.size());
            alignments.add(new Alignment(path.stream()
                    .map(step -> Bead.of(
                            step.s(),
                            step.a(),
                            step.t(),
                            step.b(),
                            step.posterior() * reliability(step.a(), step.b()) * document))
                    .toList()));
        }
        return alignments;
    }

    /**
     * Searches in a band around the diagonal, the path by lengths ({@link #aroundLengths}) or the previous path,
     * widening it while the path runs near its edge ({@link #band}).
     */
    private List<BandedSearch.Step> search(
            int index, PreparedPair document, CorpusModel model, List<BandedSearch.Step> previous, double temperature) {
        int n = document.source().size();
        int m = document.target().size();
        boolean longDocument = longDocument(settings, n, m);
        List<int[]> centre = previous != null
                ? ends(previous)
                : aroundLengths(settings, n, m)
                        ? LengthPath.find(
                                document.sourceLengths(),
                                document.targetLengths(),
                                model.shapeCosts(),
                                model.variance(),
                                Math.max(MAX_START_WIDTH, (int) (2 * Math.sqrt(Math.max(n, m)))),
                                LENGTH_PATH_CELLS)
                        : null;
        // Around the path by lengths, and around the previous path for a long document, the band starts
        // at twice the band width: a long document's new path leaves any first guess by a few sentences
        // somewhere along it, and one such place doubles the band for the whole document, so the narrow
        // bands were searched in vain (both long documents of docs/ALIGNMENT.md went from ±5 to ±20 in
        // both passes); the path by lengths is a rougher guess than a previous pass's path.
        int width = centre == null
                ? startWidth(settings, n, m)
                : previous == null || longDocument
                        ? 2 * settings.bandWidth()
                        : Math.max(settings.bandWidth() / 2, settings.maxSide() + 1);
        BeadScorer scorer = model.scorer(index, document);
        // the previous path's stretches of irregular beads, found once for every width tried
        List<int[]> lost = previous == null ? List.of() : IrregularStretches.rows(previous, IrregularStretches.LOST);
        Band band = band(n, m, centre, lost, width);
        while (true) {
            int margin = Math.max(settings.maxSide() + 1, width / 4);
            BandedSearch search = new BandedSearch(
                    band,
                    scorer,
                    settings.fanOut() + document.extraSide(),
                    settings.maxSide() + document.extraSide(),
                    temperature);
            Band wider = band(n, m, centre, lost, width * 2);
            boolean widenable = width < Math.max(n, m) && wider.cells() * search.bytesPerCell() <= MAX_TABLE_BYTES;
            BandedSearch.Result result;
            // the tables of searches running in parallel must fit in the heap together
            try (BandBudget.Lease table = BandBudget.SHARED.take(search.tableBytes())) {
                result = search.run(margin, widenable);
            }
            if (!result.nearEdge() || !widenable) {
                return result.steps();
            }
            width *= 2;
            band = wider;
        }
    }

    /**
     * The band of half-width {@code width} around the diagonal (no centre) or a path; as wide as the
     * first search's around the {@code lost} rows, the previous pass's stretches of irregular beads
     * ({@link IrregularStretches#LOST}): the path there may be far from the true one.
     */
    private Band band(int n, int m, List<int[]> centre, List<int[]> lost, int width) {
        if (centre == null) {
            return Band.diagonal(n, m, width);
        }
        Band band = Band.around(centre, n, m, width);
        return lost.isEmpty() ? band : band.widened(lost, Math.max(width, startWidth(settings, n, m)));
    }

    /**
     * Whether the first pass searches around the document's path by lengths ({@link LengthPath}) rather than around
     * the diagonal: when the diagonal band it would start with is wider than the band around that path (twice the
     * band width), or narrower than the document needs ({@link #longDocument}). Finding the path by lengths costs a
     * few comparisons a cell; every cell of the full scorer's band costs the bead scorers.
     */
    static boolean aroundLengths(AlignerSettings settings, int n, int m) {
        return startWidth(settings, n, m) > 2 * settings.bandWidth() || longDocument(settings, n, m);
    }

    /**
     * Whether the first band a document can afford ({@link #startWidth}) is narrower than the √n by which a document
     * of its length strays from the diagonal: then its first pass searches around its path by lengths
     * ({@link LengthPath}).
     */
    static boolean longDocument(AlignerSettings settings, int n, int m) {
        return startWidth(settings, n, m) < Math.min(MAX_START_WIDTH, (int) (2 * Math.sqrt(Math.max(n, m))));
    }

    /**
     * Half-width of the first search's band. A long document strays from the diagonal by about the
     * square root of its length: starting at 2·√n saves the searches of the narrower bands that
     * would only find the path at their edge, up to ±64 (both development documents longer than 256
     * sentences strayed past ±32 and were searched twice) and within a budget of cells, so that a very
     * long document starts narrow and widens only if it must.
     */
    static int startWidth(AlignerSettings settings, int n, int m) {
        int slope = n == 0 ? m : (m + n - 1) / n;
        int width = Math.max(settings.bandWidth(), slope / 2 + settings.maxSide() + 1);
        int affordable = (int) Math.min(MAX_START_WIDTH, START_CELLS / (2L * Math.max(1, n) + 2));
        return Math.max(width, Math.min(affordable, (int) (2 * Math.sqrt(Math.max(n, m)))));
    }

    /**
     * How often a bead of this shape is exactly right when the search is sure of it: the posterior
     * says the sentences belong together, not that a gold standard groups them the same way, and
     * conventions differ most for deletions and large beads. Measured once on the development sets
     * (docs/ALIGNMENT.md), one table for all.
     */
    static double reliability(int a, int b) {
        if (a == 0 || b == 0) {
            return 0.6;
        }
        if (a == 1 && b == 1) {
            return 1.0;
        }
        if (a + b == 3) {
            return 0.97;
        }
        return a + b == 4 ? 0.85 : 0.7;
    }

    /**
     * A bead that says the translation is free here: a sentence without counterpart (1-0, 0-1) or
     * a bead of five sentences or more (1-4, 2-3, ...). Since one sentence may face up to five, a
     * freely translated passage comes out as large beads as often as as deletions, so both count.
     */
    static boolean irregular(int a, int b) {
        return a == 0 || b == 0 || a + b >= 5;
    }

    /**
     * How far the beads of a document can be trusted to match a reference grouping, from how freely
     * it is translated: {@code (1 − d)^1.5} with {@code d} the share of its beads that are
     * {@linkplain #irregular irregular}, a run of deletions on one side counting once
     * ({@link IrregularStretches#places}). Where a translator drops, adds and regroups sentences,
     * boundaries are a matter of convention (a fragment grouped with one neighbour or the other, a
     * deletion or a merge), and the posterior, which trusts the model, cannot see it: on the
     * development sets the sure beads of such documents were wrong 3 to 4 times as often. The
     * exponent was measured once on the development sets (docs/ALIGNMENT.md); 1 for a document
     * without irregular beads.
     */
    static double documentReliability(int irregular, int beads) {
        if (irregular < 0 || irregular > beads) {
            throw new IllegalArgumentException(irregular + " irregular beads among " + beads + " beads");
        }
        return beads == 0 ? 1 : Math.pow(1 - (double) irregular / beads, DOCUMENT_RELIABILITY_EXPONENT);
    }

    private static List<int[]> ends(List<BandedSearch.Step> path) {
        List<int[]> cells = new ArrayList<>(path.size());
        for (BandedSearch.Step step : path) {
            cells.add(new int[] {step.s() + step.a(), step.t() + step.b()});
        }
        return cells;
    }
}
