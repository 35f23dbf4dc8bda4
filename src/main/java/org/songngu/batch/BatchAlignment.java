package org.songngu.batch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.songngu.align.Aligner;
import org.songngu.align.Alignment;
import org.songngu.align.Bead;
import org.songngu.align.DocumentPair;
import org.songngu.corpus.Language;
import org.songngu.store.BeadRow;

/**
 * Aligns the pending articles of a run as one batch, so that the aligner's lexicon learns from all
 * of them at once, with already aligned articles as extra learning material. Computed once when the
 * align step starts; the step then stores one article per item.
 */
final class BatchAlignment {

    /**
     * How many already aligned articles join a run as lexicon material. Enough for a run over a
     * few changed articles to learn from the memory, few enough that it does not realign all of it.
     */
    static final int CONTEXT_ARTICLES = 200;

    private final Map<String, AlignedArticle> results;

    private BatchAlignment(Map<String, AlignedArticle> results) {
        this.results = results;
    }

    /**
     * @param pending   the articles to align, in order
     * @param context   already aligned articles the lexicon may also learn from (not stored again)
     * @param sentences an article's sentences by language code
     * @param aligners  the aligner for each pair
     */
    static BatchAlignment compute(List<String> pending, List<String> context,
            Function<String, Map<String, List<String>>> sentences, Map<LanguagePair, Aligner> aligners) {
        Map<String, Map<String, List<String>>> texts = new HashMap<>();
        Set<String> all = new LinkedHashSet<>(pending);
        all.addAll(context);
        all.forEach(id -> texts.put(id, sentences.apply(id)));

        Set<String> toStore = Set.copyOf(pending);
        Map<String, Map<LanguagePair, List<BeadRow>>> beads = new HashMap<>();
        for (LanguagePair pair : LanguagePair.values()) {
            List<DocumentPair> documents = new ArrayList<>();
            for (String id : all) {
                List<String> french = texts.get(id).getOrDefault(Language.FR.code(), List.of());
                List<String> target = texts.get(id).getOrDefault(pair.target().code(), List.of());
                if (!french.isEmpty() && !target.isEmpty()) {
                    documents.add(new DocumentPair(id, french, target));
                }
            }
            List<Alignment> alignments = documents.isEmpty() ? List.of() : aligners.get(pair).alignAll(documents);
            for (int d = 0; d < documents.size(); d++) {
                DocumentPair document = documents.get(d);
                if (toStore.contains(document.id())) {
                    beads.computeIfAbsent(document.id(), id -> new EnumMap<>(LanguagePair.class))
                            .put(pair, rows(document, alignments.get(d)));
                }
            }
        }
        Map<String, AlignedArticle> results = new HashMap<>();
        for (String id : pending) {
            results.put(id, new AlignedArticle(id, beads.getOrDefault(id, Map.of())));
        }
        return new BatchAlignment(results);
    }

    AlignedArticle get(String articleId) {
        AlignedArticle aligned = results.get(articleId);
        if (aligned == null) {
            throw new IllegalArgumentException("article " + articleId + " was not in this run's alignment");
        }
        return aligned;
    }

    static List<BeadRow> rows(DocumentPair document, Alignment alignment) {
        List<BeadRow> rows = new ArrayList<>(alignment.beads().size());
        int srcNext = 0;
        int tgtNext = 0;
        for (Bead bead : alignment.beads()) {
            int srcEnd = srcNext + bead.source().size();
            int tgtEnd = tgtNext + bead.target().size();
            rows.add(new BeadRow(rows.size(), srcNext, srcEnd, tgtNext, tgtEnd,
                    join(document.source().subList(srcNext, srcEnd)),
                    join(document.target().subList(tgtNext, tgtEnd)), bead.confidence()));
            srcNext = srcEnd;
            tgtNext = tgtEnd;
        }
        return rows;
    }

    private static String join(List<String> sentences) {
        return String.join(" ", sentences);
    }
}
