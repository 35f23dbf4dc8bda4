package org.songngu.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How often test beads are strictly right, by confidence band: the check that a confidence means
 * what it says. Built from the distinct test beads that carry a confidence. Immutable.
 */
public record CalibrationTable(double[] lowerBounds, int[] beads, int[] right) {

    /** Band lower bounds: [0, 0.5), [0.5, 0.7), [0.7, 0.8), [0.8, 0.9), [0.9, 0.95), [0.95, 0.99), [0.99, 1]. */
    public static final double[] BOUNDS = {0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99};

    public static CalibrationTable empty() {
        return new CalibrationTable(BOUNDS.clone(), new int[BOUNDS.length], new int[BOUNDS.length]);
    }

    /** Adds the distinct beads of one document that have a confidence. */
    public CalibrationTable plus(Set<BeadKey> test, List<BeadKey> gold) {
        int[] newBeads = beads.clone();
        int[] newRight = right.clone();
        Set<BeadKey> golds = new java.util.HashSet<>(gold);
        for (BeadKey bead : test) {
            if (Double.isNaN(bead.confidence()) || bead.isEmpty()) {
                continue;
            }
            int band = BOUNDS.length - 1;
            while (band > 0 && bead.confidence() < BOUNDS[band]) {
                band--;
            }
            newBeads[band]++;
            if (golds.contains(bead)) {
                newRight[band]++;
            }
        }
        return new CalibrationTable(lowerBounds, newBeads, newRight);
    }

    public int total() {
        return java.util.Arrays.stream(beads).sum();
    }

    /** Beads and strictly right beads with confidence ≥ {@code bound} (a bound of the table). */
    public int[] atLeast(double bound) {
        int count = 0;
        int hits = 0;
        for (int band = 0; band < lowerBounds.length; band++) {
            if (lowerBounds[band] >= bound) {
                count += beads[band];
                hits += right[band];
            }
        }
        return new int[] {count, hits};
    }

    /** The table as text lines. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("confidence   beads  strict-right");
        for (int band = 0; band < lowerBounds.length; band++) {
            double upper = band + 1 < lowerBounds.length ? lowerBounds[band + 1] : 1.0;
            lines.add(String.format(
                    Locale.ROOT,
                    "[%.2f,%.2f%s %6d  %s",
                    lowerBounds[band],
                    upper,
                    band + 1 < lowerBounds.length ? ")" : "]",
                    beads[band],
                    percent(right[band], beads[band])));
        }
        int[] confident = atLeast(0.9);
        lines.add(String.format(Locale.ROOT, ">= 0.90     %6d  %s", confident[0], percent(confident[1], confident[0])));
        return lines;
    }

    private static String percent(int hits, int count) {
        return count == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * hits / count);
    }
}
