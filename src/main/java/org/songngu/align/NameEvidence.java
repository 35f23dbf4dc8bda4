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
        var sourcePresent = PreparedPair.each(document.source(), SentenceText::folded);
        var targetPresent = PreparedPair.each(document.target(), SentenceText::folded);
        return MatchEvidence.identity(sourceItems, sourcePresent, targetItems, targetPresent);
    }

    List<String> items(SentenceText sentence) {
        Set<String> items = new LinkedHashSet<>(sentence.names());
        for (String word : sentence.folded()) {
            if (word.length() >= cognateLength && !Character.isDigit(word.charAt(0))) {
                items.add(word);
            }
        }
        return new ArrayList<>(items);
    }
}
