package org.songngu.store;

import org.songngu.align.Bead;

/**
 * One stored bead of an alignment: French sentences {@code [srcStart, srcEnd)} with target
 * sentences {@code [tgtStart, tgtEnd)}, their joined texts and the aligner's confidence.
 */
public record BeadRow(
        int index,
        int srcStart,
        int srcEnd,
        int tgtStart,
        int tgtEnd,
        String srcText,
        String tgtText,
        double confidence) {

    public BeadRow {
        Bead.checkRanges(srcStart, srcEnd, tgtStart, tgtEnd);
        Bead.checkConfidence(confidence);
    }
}
