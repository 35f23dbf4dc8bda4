package org.songngu.review;

/** A LanguageTool finding on a French sentence, offsets within the sentence. */
public record Finding(int sentence, String ruleId, String message, int start, int end, String suggestions) {
}
