package org.songngu.harvest;

import java.util.List;
import org.songngu.corpus.Language;

/**
 * A French page and its counterpart in another language, with the score and the evidence behind it.
 *
 * @param french   the French page's address
 * @param language the counterpart's language
 * @param other    the counterpart's address
 * @param score    in [0, 1]: the evidence combined
 * @param evidence what was seen, strongest first
 */
public record PagePair(String french, Language language, String other, double score, List<Evidence> evidence) {

    public PagePair {
        evidence = List.copyOf(evidence);
    }

    /** The evidence in one line: {@code hreflang-both 0.97 (...); content 0.62 (...)}. */
    public String evidenceLine() {
        return String.join("; ", evidence.stream().map(Evidence::toString).toList());
    }
}
