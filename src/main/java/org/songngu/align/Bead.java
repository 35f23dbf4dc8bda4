package org.songngu.align;

import java.util.List;

/**
 * One bead of an alignment: contiguous 0-based source and target sentence indices that translate
 * each other, and the probability in [0,1] that this exact bead is right (posterior of the search,
 * calibrated on the development sets). One side may be empty (a sentence without counterpart),
 * never both.
 */
public record Bead(List<Integer> source, List<Integer> target, double confidence) {

    public Bead {
        source = List.copyOf(source);
        target = List.copyOf(target);
        checkContiguous(source, "source");
        checkContiguous(target, "target");
        checkRanges(start(source), start(source) + source.size(), start(target), start(target) + target.size());
        checkConfidence(confidence);
    }

    /**
     * The one rule of a bead's sentence ranges, for every type that holds one (this record, the
     * stored beads of the job and of the review): source {@code [srcStart, srcEnd)} and target
     * {@code [tgtStart, tgtEnd)} not negative, not reversed, and not both empty.
     */
    public static void checkRanges(int srcStart, int srcEnd, int tgtStart, int tgtEnd) {
        if (srcStart < 0 || tgtStart < 0 || srcStart > srcEnd || tgtStart > tgtEnd) {
            throw new IllegalArgumentException("a bead's ranges [" + srcStart + ", " + srcEnd + ") and [" + tgtStart
                    + ", " + tgtEnd + ") are negative or reversed");
        }
        if (srcStart == srcEnd && tgtStart == tgtEnd) {
            throw new IllegalArgumentException("a bead needs a sentence on at least one side");
        }
    }

    /** The one rule of a bead's confidence: a probability. */
    public static void checkConfidence(double confidence) {
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence " + confidence + " is not in [0,1]");
        }
    }

    // An empty side sits nowhere; 0 keeps the range rule satisfied.
    private static int start(List<Integer> indices) {
        return indices.isEmpty() ? 0 : indices.get(0);
    }

    /** The bead of source sentences {@code [s, s+a)} and target sentences {@code [t, t+b)}. */
    public static Bead of(int s, int a, int t, int b, double confidence) {
        return new Bead(range(s, a), range(t, b), confidence);
    }

    private static List<Integer> range(int start, int count) {
        Integer[] indices = new Integer[count];
        for (int k = 0; k < count; k++) {
            indices[k] = start + k;
        }
        return List.of(indices);
    }

    private static void checkContiguous(List<Integer> indices, String side) {
        for (int k = 0; k < indices.size(); k++) {
            if (indices.get(k) < 0 || (k > 0 && indices.get(k) != indices.get(k - 1) + 1)) {
                throw new IllegalArgumentException(side + " indices " + indices + " are not contiguous and >= 0");
            }
        }
    }
}
