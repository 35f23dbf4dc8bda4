package org.songngu.align;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Identical tokens after accent folding: capitalised words after the first of a sentence (names:
 * "Nguyen Tien Thanh" = "Nguyễn Tiến Thành") and long words (cognates such as "expédition" =
 * "Expedition"), each covered by the same folded word anywhere on the other side. Thread-safe.
 */
final class NameEvidence implements Evidence {

    private final int cognateLength;

    /** @param cognateLength the folded length from which any word counts, capitalised or not */
    NameEvidence(int cognateLength) {
        this.cognateLength = cognateLength;
    }

    @Override
    public MatchEvidence extract(PreparedPair document) {
        var sourceItems = PreparedPair.each(document.source(), this::items);
        var targetItems = PreparedPair.each(document.target(), this::items);
        var sourcePresent = PreparedPair.each(document.source(), this::present);
        var targetPresent = PreparedPair.each(document.target(), this::present);
        return MatchEvidence.identity(sourceItems, sourcePresent, targetItems, targetPresent);
    }

    List<String> items(SentenceText sentence) {
        Set<String> items = new LinkedHashSet<>(sentence.names());
        for (String word : sentence.folded()) {
            if (isLong(word) && !items.contains(word)) {
                items.add(stem(word));
            }
        }
        return new ArrayList<>(items);
    }

    /** What covers an item: the folded words (names) and the stems of the long words. */
    List<String> present(SentenceText sentence) {
        List<String> present = new ArrayList<>(sentence.folded());
        for (String word : sentence.folded()) {
            if (isLong(word)) {
                present.add(stem(word));
            }
        }
        return present;
    }

    private boolean isLong(String word) {
        return word.length() >= cognateLength && !Character.isDigit(word.charAt(0));
    }

    /**
     * A long word's first {@code cognateLength − 1} letters, marked so that it never equals a word:
     * cognates differ in their endings (Expedition/expédition, parallel/parallèlement,
     * Chronik/chronique, government/gouvernement does not).
     */
    private String stem(String word) {
        return "\u0000" + word.substring(0, cognateLength - 1);
    }
}
