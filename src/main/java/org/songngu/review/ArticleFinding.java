package org.songngu.review;

import java.util.List;

/**
 * A French finding as the API lists it: its id (to dismiss it), its sentence (from 0, like the
 * beads' ranges), rule, category, message, offsets within the sentence, suggestions and the words it flags.
 */
public record ArticleFinding(
        long id,
        int sentence,
        String ruleId,
        String category,
        String message,
        int start,
        int end,
        List<String> suggestions,
        String flagged) {

    public ArticleFinding {
        suggestions = List.copyOf(suggestions);
    }
}
