package org.songngu.tmx;

import org.songngu.corpus.Language;

/**
 * The {@code xml:lang} code written for each Songngu language. CAT tools match codes exactly
 * (Okapi treats {@code fr} and {@code fr-FR} as different languages), so the codes are chosen once
 * per export to match the receiving project: {@link #plain()} or {@link #regional()}.
 */
public record TmxLanguageCodes(String french, String vietnamese, String english) {

    public TmxLanguageCodes {
        for (String code : new String[] {french, vietnamese, english}) {
            if (!TmxVariant.isLanguageTag(code)) {
                throw new IllegalArgumentException("not a language code: '" + code + "' (expected e.g. fr or fr-FR)");
            }
        }
    }

    /** {@code fr}, {@code vi}, {@code en}. */
    public static TmxLanguageCodes plain() {
        return new TmxLanguageCodes("fr", "vi", "en");
    }

    /** {@code fr-FR}, {@code vi-VN}, {@code en-US}. */
    public static TmxLanguageCodes regional() {
        return new TmxLanguageCodes("fr-FR", "vi-VN", "en-US");
    }

    public String code(Language language) {
        return switch (language) {
            case FR -> french;
            case VI -> vietnamese;
            case EN -> english;
        };
    }

    /** A variant of {@code language} with this export's code. */
    public TmxVariant variant(Language language, String text) {
        return new TmxVariant(code(language), text);
    }
}
