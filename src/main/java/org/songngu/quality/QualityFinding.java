package org.songngu.quality;

import java.util.List;

/**
 * One LanguageTool finding on one French sentence: the rule's stable id and category, its message
 * (plain text), the span {@code [start, end)} in UTF-16 chars of the sentence, and the suggested
 * replacements (at most a few, best first).
 */
public record QualityFinding(
        int sentence, String ruleId, String category, String message, int start, int end, List<String> suggestions) {

    public QualityFinding {
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, got " + sentence);
        }
        if (ruleId == null || ruleId.isBlank()) {
            throw new IllegalArgumentException("a finding needs a rule id");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for rule " + ruleId);
        }
        category = category == null ? "" : category;
        message = message == null ? "" : message;
        suggestions = List.copyOf(suggestions);
    }

    /** The same finding placed on another sentence of an article (cached findings are shared). */
    QualityFinding onSentence(int index) {
        return index == sentence ? this : new QualityFinding(index, ruleId, category, message, start, end, suggestions);
    }
}
