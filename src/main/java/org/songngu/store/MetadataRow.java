package org.songngu.store;

/**
 * A metadata line as stored: {@code id} is 0 before it is stored; {@code kept} says a reviewer put
 * it back as content (it returns to the text on the next run).
 */
public record MetadataRow(
        long id, String language, int position, String kind, String detectedBy, String text, boolean kept) {

    /** A line to store. */
    public static MetadataRow of(String language, int position, String kind, String detectedBy, String text) {
        return new MetadataRow(0, language, position, kind, detectedBy, text, false);
    }
}
