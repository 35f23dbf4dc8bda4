package org.songngu.batch;

import java.util.EnumMap;
import java.util.Map;
import org.songngu.align.CorpusLexicon;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.AlignmentModelStore;

/**
 * The stored model an align step works with, read once when the step starts: its version (null
 * when none was ever learned) and a corpus lexicon per pair.
 */
record AlignmentModel(Integer version, Map<LanguagePair, CorpusLexicon> lexicons) {

    AlignmentModel {
        lexicons = lexicons.isEmpty() ? Map.of() : new EnumMap<>(lexicons);
    }

    static AlignmentModel current(AlignmentModelStore store) {
        return of(
                store, store.current().map(AlignmentModelStore.Version::version).orElse(null));
    }

    /** Model {@code version} as stored; null: none, an empty model. */
    static AlignmentModel of(AlignmentModelStore store, Integer version) {
        if (version == null) {
            return new AlignmentModel(null, Map.of());
        }
        Map<LanguagePair, CorpusLexicon> lexicons = new EnumMap<>(LanguagePair.class);
        lexicons.putAll(store.lexicons(version));
        return new AlignmentModel(version, lexicons);
    }

    /** The lexicon of a pair, or null. */
    CorpusLexicon lexicon(LanguagePair pair) {
        return lexicons.get(pair);
    }
}
