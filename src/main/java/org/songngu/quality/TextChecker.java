package org.songngu.quality;

import java.io.IOException;
import java.util.List;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;

/**
 * Checks a French text with LanguageTool: one instance per worker thread, never shared.
 * The seam lets tests put a failing or slow checker under {@link FrenchChecker}.
 */
interface TextChecker {

    /**
     * The matches on {@code text}, positions in the original text (markup included). Gives up
     * early once {@code deadlineNanos} (the {@link FrenchChecker}'s clock: {@link System#nanoTime()}
     * but in tests) has passed; the caller discards what it returned then.
     */
    List<RuleMatch> check(AnnotatedText text, long deadlineNanos) throws IOException;

    /** Builds a checker; called on the worker thread that will own it. */
    interface Factory {
        TextChecker create() throws IOException;

        /**
         * Forgets what the checkers learned from earlier texts (memos of speller suggestions and
         * synthesized forms), so that a benchmark's passes over the same texts each start as the
         * first did. Nothing by default.
         */
        default void forget() {}
    }
}
