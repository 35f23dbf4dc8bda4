package org.songngu.review;

/** A LanguageTool finding on a French sentence, offsets within the sentence. */
public record Finding(long id, int sentence, String ruleId, String message, int start, int end, String suggestions) {

    /** The words the finding flags in {@code sentenceText} (empty when the offsets no longer fit it). */
    public String flagged(String sentenceText) {
        if (sentenceText == null || start < 0 || end > sentenceText.length() || start >= end) {
            return "";
        }
        return sentenceText.substring(start, end);
    }
}
