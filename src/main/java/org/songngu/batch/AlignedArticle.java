package org.songngu.batch;

import java.util.Map;
import java.util.List;

import org.songngu.store.BeadRow;

/** The beads of one article for each pair it has a translation for. */
record AlignedArticle(String articleId, Map<LanguagePair, List<BeadRow>> beads) {

    AlignedArticle {
        beads = Map.copyOf(beads);
    }
}
