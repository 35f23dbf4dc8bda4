package org.songngu.batch;

import org.songngu.corpus.Language;

/** The two pairs Songngu aligns, always from French. */
enum LanguagePair {
    FR_VI(Language.VI), FR_EN(Language.EN);

    private final Language target;

    LanguagePair(Language target) {
        this.target = target;
    }

    Language target() {
        return target;
    }

    /** The code stored with beads and used in URLs and exports: "fr-vi", "fr-en". */
    String code() {
        return "fr-" + target.code();
    }
}
