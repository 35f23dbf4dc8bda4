package org.songngu.batch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.align.Aligner;
import org.songngu.align.Alignment;
import org.songngu.align.Bead;
import org.songngu.align.BeadText;
import org.songngu.align.DocumentPair;
import org.songngu.corpus.Language;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.ArticleStore;
import org.songngu.store.BeadRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Aligns one article fr→vi and fr→en with the stored model the step started with. The result
 * depends only on the article's sentences and that model, never on the other articles of the
 * run, the chunk or the partition: that is what makes a run's beads reproducible.
 */
class ArticleAligner implements ItemProcessor<PendingArticle, AlignedArticle> {

    private static final Logger log = LoggerFactory.getLogger(ArticleAligner.class);

    /**
     * Up to this many French sentences the two pairs are aligned at once, one on a pool thread;
     * past it one after the other, so that a huge article's two band searches are not in memory
     * together.
     */
    static final int PARALLEL_PAIRS_UP_TO = 2_000;

    private final ArticleStore store;
    private final Map<LanguagePair, Aligner> aligners;
    private final AlignmentModel model;
    private final StageTimes times;

    ArticleAligner(ArticleStore store, Map<LanguagePair, Aligner> aligners, AlignmentModel model, StageTimes times) {
        this.store = store;
        this.aligners = aligners;
        this.model = model;
        this.times = times;
    }

    @Override
    public AlignedArticle process(PendingArticle article) {
        try {
            Map<String, List<String>> sentences = store.sentences(article.id());
            Map<String, Map<Integer, Double>> possible = store.possibleBoundaries(article.id());
            return times.time(StageTimes.Stage.ALIGN, () -> align(article, sentences, possible));
        } catch (RuntimeException e) {
            // one article's failure (a bug, a database error reading it) is recorded on that
            // article, never on the chunk: the others of the chunk and of the run are aligned
            log.warn("aligning {} failed", article.id(), e);
            return AlignedArticle.failed(article.id(), "alignment failed: " + describe(e));
        }
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    AlignedArticle align(PendingArticle article, Map<String, List<String>> sentences) {
        return align(article, sentences, Map.of());
    }

    /**
     * {@code possible}: by language code, the sentences that start at a possible boundary and the
     * splitter's prior of each; the aligner takes or leaves each, pair by pair, whichever aligns
     * better with that pair's translation: a bead then holds both pieces; pieces only subdivide the
     * splitter's certain sentences, so no bead ever cuts one of those.
     */
    AlignedArticle align(
            PendingArticle article, Map<String, List<String>> sentences, Map<String, Map<Integer, Double>> possible) {
        String articleId = article.id();
        List<String> french = sentences.getOrDefault(Language.FR.code(), List.of());
        Map<Integer, Double> frenchPossible = possible.getOrDefault(Language.FR.code(), Map.of());
        Map<LanguagePair, List<BeadRow>> beads = new EnumMap<>(LanguagePair.class);
        if (french.size() <= PARALLEL_PAIRS_UP_TO) {
            Map<LanguagePair, CompletableFuture<List<BeadRow>>> running = new EnumMap<>(LanguagePair.class);
            for (LanguagePair pair : LanguagePair.values()) {
                List<String> target = sentences.getOrDefault(pair.target().code(), List.of());
                if (!french.isEmpty() && !target.isEmpty()) {
                    Map<Integer, Double> targetPossible =
                            possible.getOrDefault(pair.target().code(), Map.of());
                    running.put(
                            pair,
                            CompletableFuture.supplyAsync(
                                    () -> align(articleId, pair, french, frenchPossible, target, targetPossible)));
                }
            }
            running.forEach((pair, future) -> beads.put(pair, join(future)));
        } else {
            for (LanguagePair pair : LanguagePair.values()) {
                List<String> target = sentences.getOrDefault(pair.target().code(), List.of());
                if (!french.isEmpty() && !target.isEmpty()) {
                    beads.put(
                            pair,
                            align(
                                    articleId,
                                    pair,
                                    french,
                                    frenchPossible,
                                    target,
                                    possible.getOrDefault(pair.target().code(), Map.of())));
                }
            }
        }
        return new AlignedArticle(articleId, beads, model.version(), article.aligned());
    }

    private List<BeadRow> align(
            String articleId,
            LanguagePair pair,
            List<String> french,
            Map<Integer, Double> frenchPossible,
            List<String> target,
            Map<Integer, Double> targetPossible) {
        DocumentPair document = new DocumentPair(articleId, french, target, frenchPossible, targetPossible);
        return rows(document, aligners.get(pair).align(document, model.lexicon(pair)));
    }

    private static List<BeadRow> join(CompletableFuture<List<BeadRow>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    static List<BeadRow> rows(DocumentPair document, Alignment alignment) {
        List<BeadRow> rows = new ArrayList<>(alignment.beads().size());
        int srcNext = 0;
        int tgtNext = 0;
        for (Bead bead : alignment.beads()) {
            int srcEnd = srcNext + bead.source().size();
            int tgtEnd = tgtNext + bead.target().size();
            rows.add(new BeadRow(
                    rows.size(),
                    srcNext,
                    srcEnd,
                    tgtNext,
                    tgtEnd,
                    BeadText.of(document.source(), srcNext, srcEnd),
                    BeadText.of(document.target(), tgtNext, tgtEnd),
                    bead.confidence()));
            srcNext = srcEnd;
            tgtNext = tgtEnd;
        }
        return rows;
    }
}
