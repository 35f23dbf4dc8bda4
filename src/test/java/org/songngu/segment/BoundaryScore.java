package org.songngu.segment;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Boundary precision, recall and F1 summed over paragraphs. A boundary is where a sentence
 * starts inside a paragraph, counted as the number of non-space characters before it, so that
 * splitters that trim, keep or collapse white space are compared on the same positions.
 */
final class BoundaryScore {

    private long truePositives;
    private long falsePositives;
    private long falseNegatives;

    /** The boundaries between consecutive pieces that together make a paragraph. */
    static Set<Integer> boundaries(List<String> pieces) {
        Set<Integer> boundaries = new TreeSet<>();
        int position = 0;
        for (String piece : pieces) {
            if (position > 0) {
                boundaries.add(position);
            }
            position += nonSpace(piece, 0, piece.length());
        }
        boundaries.remove(position);
        return boundaries;
    }

    static int nonSpace(CharSequence text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                count++;
            }
        }
        return count;
    }

    void add(Set<Integer> gold, Set<Integer> found) {
        for (Integer boundary : found) {
            if (gold.contains(boundary)) {
                truePositives++;
            } else {
                falsePositives++;
            }
        }
        for (Integer boundary : gold) {
            if (!found.contains(boundary)) {
                falseNegatives++;
            }
        }
    }

    void merge(BoundaryScore other) {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    long truePositives() {
        return truePositives;
    }

    long falsePositives() {
        return falsePositives;
    }

    long falseNegatives() {
        return falseNegatives;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
