package org.songngu.align;

import java.util.List;

/**
 * The alignment of one document: beads in document order covering every source and every target
 * sentence exactly once.
 */
public record Alignment(List<Bead> beads) {

    public Alignment {
        beads = List.copyOf(beads);
        int nextSource = 0;
        int nextTarget = 0;
        for (Bead bead : beads) {
            if (!bead.source().isEmpty()) {
                if (bead.source().get(0) != nextSource) {
                    throw new IllegalArgumentException("bead " + bead + " does not start at source " + nextSource);
                }
                nextSource += bead.source().size();
            }
            if (!bead.target().isEmpty()) {
                if (bead.target().get(0) != nextTarget) {
                    throw new IllegalArgumentException("bead " + bead + " does not start at target " + nextTarget);
                }
                nextTarget += bead.target().size();
            }
        }
    }

    /** Number of source sentences covered. */
    public int sourceSize() {
        return beads.stream().mapToInt(bead -> bead.source().size()).sum();
    }

    /** Number of target sentences covered. */
    public int targetSize() {
        return beads.stream().mapToInt(bead -> bead.target().size()).sum();
    }
}
