package org.songngu.tmx;

import java.time.Instant;
import java.util.Set;

/**
 * The {@code <header>} of a TMX 1.4b file, with every attribute the DTD requires. Use
 * {@link #songngu} for Songngu's exports: {@code segtype="sentence"} (with {@code paragraph} OmegaT
 * re-splits the units) and {@code datatype="plaintext"}.
 *
 * @param sourceLanguage the {@code srclang} code, written exactly as the source variants' {@code xml:lang}
 * @param creationDate written as {@code creationdate} in TMX's UTC form; {@code null} to leave it out
 */
public record TmxHeader(
        String creationTool,
        String creationToolVersion,
        String segmentType,
        String originalFormat,
        String adminLanguage,
        String sourceLanguage,
        String dataType,
        Instant creationDate) {

    private static final Set<String> SEGMENT_TYPES = Set.of("block", "paragraph", "sentence", "phrase");

    public TmxHeader {
        requireText("creationtool", creationTool);
        requireText("creationtoolversion", creationToolVersion);
        requireText("o-tmf", originalFormat);
        requireText("datatype", dataType);
        if (!SEGMENT_TYPES.contains(segmentType)) {
            throw new IllegalArgumentException(
                    "segtype must be one of " + SEGMENT_TYPES + ", got '" + segmentType + "'");
        }
        if (!TmxVariant.isLanguageTag(adminLanguage) || !TmxVariant.isLanguageTag(sourceLanguage)) {
            throw new IllegalArgumentException("adminlang and srclang must be language codes, got '" + adminLanguage
                    + "' and '" + sourceLanguage + "'");
        }
    }

    /** Songngu's header: tool "Songngu", sentence segments, plain text, admin language English. */
    public static TmxHeader songngu(String toolVersion, String sourceLanguage, Instant creationDate) {
        return new TmxHeader(
                "Songngu", toolVersion, "sentence", "Songngu", "en", sourceLanguage, "plaintext", creationDate);
    }

    private static void requireText(String attribute, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("header attribute " + attribute + " is required");
        }
    }
}
