package org.songngu.quality;

import java.util.List;
import org.languagetool.markup.AnnotatedText;

/**
 * A French sentence as LanguageTool reads it: every name span replaced by
 * {@link CheckedText#NAME_STAND_IN}. Two sentences that differ only in their names read the same,
 * so they get the same findings (in masked positions); {@link #toOriginal} places those findings
 * on this sentence exactly as LanguageTool itself maps positions out of markup.
 *
 * <p>That is why the result cache is keyed by the masked text: "Le camarade Nguyen Van Giang a
 * présidé la conférence." and the same sentence with another name are checked once.
 */
record MaskedSentence(String original, List<Span> names, String text) {

    MaskedSentence {
        names = List.copyOf(names);
    }

    /** @param names sorted, disjoint spans of {@code sentence} */
    static MaskedSentence of(String sentence, List<Span> names) {
        if (names.isEmpty()) {
            return new MaskedSentence(sentence, names, sentence);
        }
        StringBuilder text = new StringBuilder(sentence.length());
        int cursor = 0;
        for (Span name : names) {
            text.append(sentence, cursor, name.start()).append(CheckedText.NAME_STAND_IN);
            cursor = name.end();
        }
        return new MaskedSentence(
                sentence,
                names,
                text.append(sentence, cursor, sentence.length()).toString());
    }

    /**
     * The findings, given in positions of the masked text, in positions of the original sentence,
     * numbered as sentence 0. Uses LanguageTool's own markup mapping ({@link AnnotatedText}), with
     * the from/to convention LanguageTool applies to its matches, so the result is what a check of
     * the sentence with its names as markup gives.
     */
    List<QualityFinding> toOriginal(List<QualityFinding> masked) {
        if (names.isEmpty() || masked.isEmpty()) {
            return masked;
        }
        AnnotatedText mapping =
                CheckedText.of(List.of(original), List.of(names)).annotated();
        int maskedLength = text.length();
        return masked.stream()
                .map(finding -> {
                    int start = toOriginal(mapping, Math.min(finding.start(), maskedLength));
                    // LanguageTool's convention for a match's end: the last character's position, plus one
                    int end = finding.end() <= finding.start()
                            ? start
                            : toOriginal(mapping, Math.min(finding.end(), maskedLength) - 1, true) + 1;
                    end = Math.min(Math.max(end, start), original.length());
                    return new QualityFinding(
                            0,
                            finding.ruleId(),
                            finding.category(),
                            finding.message(),
                            start,
                            end,
                            finding.suggestions());
                })
                .toList();
    }

    /** A start position; the end of the masked text maps to the end of the original. */
    private int toOriginal(AnnotatedText mapping, int position) {
        return position >= text.length()
                ? original.length()
                : Math.min(toOriginal(mapping, position, false), original.length());
    }

    private static int toOriginal(AnnotatedText mapping, int position, boolean isEnd) {
        return Math.max(0, mapping.getOriginalTextPositionFor(Math.max(0, position), isEnd));
    }
}
