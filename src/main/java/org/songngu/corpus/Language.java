package org.songngu.corpus;

import java.util.Arrays;
import java.util.Locale;

/** The three languages of a Songngu article, with their ISO 639-1 codes as used in file names. */
public enum Language {
    FR("fr"),
    VI("vi"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** "Vietnamese": how pages and messages name the language. */
    public String englishName() {
        return switch (this) {
            case FR -> "French";
            case VI -> "Vietnamese";
            case EN -> "English";
        };
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language for an ISO code such as {@code "vi"}; rejects codes Songngu does not handle. */
    public static Language fromCode(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code.equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("unsupported language '" + code + "' (expected fr, vi or en)"));
    }
}
