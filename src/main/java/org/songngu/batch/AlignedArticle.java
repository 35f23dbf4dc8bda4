package org.songngu.batch;

import java.util.List;
import java.util.Map;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.BeadRow;

/**
 * The beads of one article for each pair it has a translation for, the model version that aligned
 * it (null: no corpus model yet), and whether it had been aligned before (a realignment); or,
 * when aligning it failed, the reason ({@code error}).
 */
record AlignedArticle(
        String articleId,
        Map<LanguagePair, List<BeadRow>> beads,
        Integer modelVersion,
        boolean realigned,
        String error) {

    AlignedArticle {
        beads = Map.copyOf(beads);
    }

    AlignedArticle(String articleId, Map<LanguagePair, List<BeadRow>> beads, Integer modelVersion, boolean realigned) {
        this(articleId, beads, modelVersion, realigned, null);
    }

    /** An article whose alignment failed: nothing of it is stored but the reason. */
    static AlignedArticle failed(String articleId, String error) {
        return new AlignedArticle(articleId, Map.of(), null, false, error);
    }
}
