package org.songngu.batch;

import java.util.EnumMap;
import java.util.Map;
import org.songngu.align.CorpusLexicon;
import org.songngu.corpus.Language;
import org.songngu.corpus.LanguagePair;
import org.songngu.harvest.TranslatedWords;
import org.songngu.store.AlignmentModelStore;
import org.springframework.stereotype.Component;

/**
 * The aligner's current stored model as the harvest's lexicon evidence: the lexicons the model step
 * learned from the stored beads of earlier runs, loaded once per version. None before a first model.
 */
@Component
public class StoredLexicon {

    private final AlignmentModelStore store;
    private int loadedVersion;
    private TranslatedWords loaded = TranslatedWords.none();

    public StoredLexicon(AlignmentModelStore store) {
        this.store = store;
    }

    /** The current version's number, 0 when no model was learned yet. */
    public int currentVersion() {
        return store.current().map(AlignmentModelStore.Version::version).orElse(0);
    }

    /** The current version's lexicons, or none when no model was learned yet. */
    public synchronized TranslatedWords current() {
        int version = currentVersion();
        if (version != loadedVersion) {
            Map<Language, CorpusLexicon> lexicons = new EnumMap<>(Language.class);
            Map<LanguagePair, CorpusLexicon> stored = version == 0 ? Map.of() : store.lexicons(version);
            for (LanguagePair pair : LanguagePair.values()) {
                CorpusLexicon lexicon = stored.get(pair);
                if (lexicon != null) {
                    lexicons.put(pair.target(), lexicon);
                }
            }
            loaded = version == 0 || lexicons.isEmpty()
                    ? TranslatedWords.none()
                    : new TranslatedWords(lexicons, "the aligner's model version " + version);
            loadedVersion = version;
        }
        return loaded;
    }
}
