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
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a bead needs a sentence on at least one side");
        }
        checkContiguous(source, "source");
        checkContiguous(target, "target");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence " + confidence + " is not in [0,1]");
        }
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
