package org.songngu.align;

import java.util.List;
import java.util.Map;

/**
 * A document to align: an id for messages, its source and target sentences, in order, and on each
 * side the <em>possible</em> boundaries: key {@code i} means the boundary before sentence
 * {@code i} is one the splitter could not decide (an abbreviation before a capital, an
 * abbreviation that may end a sentence), its value the splitter's prior that it is one, in (0,1).
 * The aligner takes such a boundary (a bead starts there) or leaves it (a bead holds both pieces,
 * priced as one sentence), whichever aligns better with the other side given that prior; every
 * other boundary is certain, and a bead across it costs as a merge.
 */
public record DocumentPair(
        String id,
        List<String> source,
        List<String> target,
        Map<Integer, Double> sourcePossible,
        Map<Integer, Double> targetPossible) {

    public DocumentPair {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a document pair needs an id");
        }
        source = List.copyOf(source);
        target = List.copyOf(target);
        sourcePossible = checked(sourcePossible, source.size(), "source", id);
        targetPossible = checked(targetPossible, target.size(), "target", id);
    }

    /** A document whose boundaries are all certain. */
    public DocumentPair(String id, List<String> source, List<String> target) {
        this(id, source, target, Map.of(), Map.of());
    }

    private static Map<Integer, Double> checked(Map<Integer, Double> possible, int size, String side, String id) {
        for (Map.Entry<Integer, Double> entry : possible.entrySet()) {
            Integer index = entry.getKey();
            if (index == null || index < 1 || index >= size) {
                throw new IllegalArgumentException("document " + id + ": possible " + side + " boundary " + index
                        + " is not between two of its " + size + " sentences");
            }
            Double prior = entry.getValue();
            if (prior == null || !(prior > 0 && prior < 1)) {
                throw new IllegalArgumentException("document " + id + ": possible " + side + " boundary " + index
                        + " has prior " + prior + ", not in (0,1)");
            }
        }
        return Map.copyOf(possible);
    }
}
