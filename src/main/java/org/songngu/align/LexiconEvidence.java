package org.songngu.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Learned word translations ({@link Lexicon}): a word is covered by a sentence of the other side
 * holding one of its translations. Words the lexicon does not link are not items. Thread-safe.
 */
final class LexiconEvidence implements Evidence {

    private final Lexicon lexicon;

    LexiconEvidence(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public MatchEvidence extract(PreparedPair document) {
        int[][] sourcePresent = present(document.source(), true);
        int[][] targetPresent = present(document.target(), false);
        return MatchEvidence.build(
                links(sourcePresent, true),
                sourcePresent,
                links(targetPresent, false),
                targetPresent,
                lexicon.sourceVocabulary(),
                lexicon.targetVocabulary());
    }

    private int[][] present(List<SentenceText> side, boolean source) {
        int[][] result = new int[side.size()][];
        for (int i = 0; i < result.length; i++) {
            result[i] = side.get(i).words().stream()
                    .mapToInt(word -> source ? lexicon.sourceId(word) : lexicon.targetId(word))
                    .filter(id -> id >= 0)
                    .distinct()
                    .sorted()
                    .toArray();
        }
        return result;
    }

    private int[][][] links(int[][] present, boolean source) {
        int[][][] result = new int[present.length][][];
        for (int i = 0; i < present.length; i++) {
            List<int[]> items = new ArrayList<>();
            for (int id : present[i]) {
                int[] links = source ? lexicon.sourceLinks(id) : lexicon.targetLinks(id);
                if (links.length > 0) {
                    items.add(links);
                }
            }
            result[i] = items.toArray(int[][]::new);
        }
        return result;
    }
}
