package org.songngu.evaluation;

import java.util.List;

/**
 * A bead as scoring sees it: the sets of source and target sentence indices (sorted, so that
 * {@code [2, 1]} equals {@code [1, 2]}) and the confidence the aligner gave it (NaN when none).
 * Equality ignores the confidence.
 */
public record BeadKey(List<Integer> source, List<Integer> target, double confidence) {

    public BeadKey {
        source = source.stream().sorted().distinct().toList();
        target = target.stream().sorted().distinct().toList();
    }

    public boolean isEmpty() {
        return source.isEmpty() && target.isEmpty();
    }

    /** Non-empty on both sides: only such beads count towards recall. */
    public boolean isLink() {
        return !source.isEmpty() && !target.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BeadKey key && key.source.equals(source) && key.target.equals(target);
    }

    @Override
    public int hashCode() {
        return source.hashCode() * 31 + target.hashCode();
    }
}
