package org.songngu.batch;

import java.util.List;
import java.util.Map;

import org.songngu.store.BeadRow;

/**
 * The beads of one article for each pair it has a translation for, the model version that aligned
 * it (null: no corpus model yet), and whether it had been aligned before (a realignment).
 */
record AlignedArticle(String articleId, Map<LanguagePair, List<BeadRow>> beads, Integer modelVersion,
                      boolean realigned) {

    AlignedArticle {
        beads = Map.copyOf(beads);
    }
}
