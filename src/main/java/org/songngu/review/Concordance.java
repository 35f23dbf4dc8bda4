package org.songngu.review;

import org.songngu.store.Bead;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a sentence is aligned with, for search hits shown as a concordance: a French sentence with
 * the Vietnamese and English of the beads over it; a Vietnamese or English one with the French of
 * its bead and the other language's beads over that French.
 */
final class Concordance {

    private Concordance() {
    }

    /** @param beads the article's beads of both pairs */
    static List<SearchHit.Aligned> aligned(String language, int sentence, List<Bead> beads) {
        List<SearchHit.Aligned> aligned = new ArrayList<>();
        if (language.equals("fr")) {
            for (String pair : ArticlePages.PAIRS) {
                beads.stream().filter(bead -> bead.pair().equals(pair) && bead.srcStart() <= sentence
                                && sentence < bead.srcEnd() && !bead.tgtText().isEmpty())
                        .forEach(bead -> aligned.add(counterpart(BeadActions.targetLanguage(pair), bead.tgtText(), bead)));
            }
            return aligned;
        }
        String pair = "fr-" + language;
        Bead own = beads.stream().filter(bead -> bead.pair().equals(pair) && bead.tgtStart() <= sentence
                && sentence < bead.tgtEnd()).findFirst().orElse(null);
        if (own == null || own.srcStart() == own.srcEnd()) {
            return aligned;
        }
        aligned.add(counterpart("fr", own.srcText(), own));
        String other = pair.equals("fr-vi") ? "fr-en" : "fr-vi";
        beads.stream().filter(bead -> bead.pair().equals(other) && bead.srcStart() < own.srcEnd()
                        && own.srcStart() < bead.srcEnd() && !bead.tgtText().isEmpty())
                .forEach(bead -> aligned.add(counterpart(BeadActions.targetLanguage(other), bead.tgtText(), bead)));
        return aligned;
    }

    private static SearchHit.Aligned counterpart(String language, String text, Bead bead) {
        return new SearchHit.Aligned(language, text, bead.id(), bead.status().name().toLowerCase(Locale.ROOT));
    }
}
