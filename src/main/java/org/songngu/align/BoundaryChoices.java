package org.songngu.align;

import java.util.Map;

/**
 * What an alignment made of a document's possible boundaries ({@link DocumentPair}): how many it
 * took (a bead starts right there) and how many it left (one bead holds both pieces), both sides
 * together.
 */
public record BoundaryChoices(int taken, int left) {

    public static final BoundaryChoices NONE = new BoundaryChoices(0, 0);

    public static BoundaryChoices of(DocumentPair document, Alignment alignment) {
        int taken = 0;
        int possible =
                document.sourcePossible().size() + document.targetPossible().size();
        for (Bead bead : alignment.beads()) {
            taken += startsAt(bead.source().isEmpty() ? -1 : bead.source().get(0), document.sourcePossible());
            taken += startsAt(bead.target().isEmpty() ? -1 : bead.target().get(0), document.targetPossible());
        }
        return new BoundaryChoices(taken, possible - taken);
    }

    private static int startsAt(int index, Map<Integer, Double> possible) {
        return possible.containsKey(index) ? 1 : 0;
    }

    public BoundaryChoices plus(BoundaryChoices other) {
        return new BoundaryChoices(taken + other.taken, left + other.left);
    }
}
