package org.songngu.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.songngu.corpus.Language;

/**
 * Where rules alone cannot tell whether a sentence ends: after an abbreviation that may close a
 * sentence, before a capital. "à Washington D.C. Mme Pelosi" and "the U.S. Senate" look the same
 * to a rule; so do "Plan B. The" and "George W. Bush". Titles and units that always precede a
 * name are left out per language ("M." in French; "H.", "T.", "X.", "P.", "Q." in Vietnamese), as
 * are initials followed or preceded by another initial ("J. K. Rowling"). Immutable.
 */
final class UncertainBoundaries {

    private static final String SPACE = "[\\s\\u00A0\\u202F]";

    private final Pattern inside;
    private final Pattern atEnd;
    private final Pattern sentenceStart;

    private UncertainBoundaries(String singleCapitalsLeftOut) {
        String abbreviation = "(?:(?<![\\p{L}\\p{N}.])(?:\\p{Lu}\\.){2,}"
                + "|\\b(?:etc|Inc|Ltd|Co|Corp|Jr|Sr|al)\\.|\\bv\\.v\\.|\\b[ap]\\.m\\."
                + "|(?<![\\p{L}\\p{N}.\\-])(?<!\\p{Lu}\\." + SPACE + ")"
                + (singleCapitalsLeftOut.isEmpty() ? "" : "(?![" + singleCapitalsLeftOut + "]\\.)")
                + "\\p{Lu}\\.)";
        String next = "(?=[\"“«‘(]?" + SPACE + "?\\p{Lu})(?!\\p{Lu}\\.)";
        this.inside = Pattern.compile(abbreviation + SPACE + "+" + next);
        this.atEnd = Pattern.compile(abbreviation + "$");
        this.sentenceStart = Pattern.compile("^" + next);
    }

    static UncertainBoundaries forLanguage(Language language) {
        return switch (language) {
            case FR -> new UncertainBoundaries("M");
            case EN -> new UncertainBoundaries("");
            case VI -> new UncertainBoundaries("HTXPQ");
        };
    }

    /** Offsets in a sentence right after the spaces that follow an uncertain abbreviation. */
    List<Integer> cutsInside(String sentence) {
        List<Integer> cuts = new ArrayList<>();
        Matcher matcher = inside.matcher(sentence);
        while (matcher.find()) {
            if (matcher.end() < sentence.length()) {
                cuts.add(matcher.end());
            }
        }
        return cuts;
    }

    boolean endsWithAbbreviation(String sentence) {
        return atEnd.matcher(sentence).find();
    }

    boolean startsLikeASentence(String sentence) {
        return sentenceStart.matcher(sentence).find();
    }
}
