package org.songngu.store;

/**
 * One stored bead of an alignment: French sentences {@code [srcStart, srcEnd)} with target
 * sentences {@code [tgtStart, tgtEnd)}, their joined texts and the aligner's confidence.
 */
public record BeadRow(int index, int srcStart, int srcEnd, int tgtStart, int tgtEnd,
        String srcText, String tgtText, double confidence) {

    public BeadRow {
        if (srcStart > srcEnd || tgtStart > tgtEnd || (srcStart == srcEnd && tgtStart == tgtEnd)) {
            throw new IllegalArgumentException("bead " + index + " has no sentence or a reversed range");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
