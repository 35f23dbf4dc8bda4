package org.songngu.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.songngu.corpus.Language;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.Bead;

/**
 * What a sentence is aligned with, for search hits shown as a concordance: a French sentence with
 * the Vietnamese and English of the beads over it; a Vietnamese or English one with the French of
 * its bead and the other language's beads over that French.
 */
final class Concordance {

    private Concordance() {}

    /** @param beads the article's beads of both pairs */
    static List<SearchHit.Aligned> aligned(Language language, int sentence, List<Bead> beads) {
        List<SearchHit.Aligned> aligned = new ArrayList<>();
        if (language == Language.FR) {
            for (LanguagePair pair : LanguagePair.values()) {
                beads.stream()
                        .filter(bead -> bead.pair() == pair
                                && bead.srcStart() <= sentence
                                && sentence < bead.srcEnd()
                                && !bead.tgtText().isEmpty())
                        .forEach(bead -> aligned.add(counterpart(pair.target(), bead.tgtText(), bead)));
            }
            return aligned;
        }
        LanguagePair pair = LanguagePair.to(language);
        Bead own = beads.stream()
                .filter(bead -> bead.pair() == pair && bead.tgtStart() <= sentence && sentence < bead.tgtEnd())
                .findFirst()
                .orElse(null);
        if (own == null || own.srcStart() == own.srcEnd()) {
            return aligned;
        }
        aligned.add(counterpart(pair.source(), own.srcText(), own));
        LanguagePair other = pair.other();
        beads.stream()
                .filter(bead -> bead.pair() == other
                        && bead.srcStart() < own.srcEnd()
                        && own.srcStart() < bead.srcEnd()
                        && !bead.tgtText().isEmpty())
                .forEach(bead -> aligned.add(counterpart(other.target(), bead.tgtText(), bead)));
        return aligned;
    }

    private static SearchHit.Aligned counterpart(Language language, String text, Bead bead) {
        return new SearchHit.Aligned(
                language.code(), text, bead.id(), bead.status().name().toLowerCase(Locale.ROOT));
    }
}
