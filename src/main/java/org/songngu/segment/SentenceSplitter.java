package org.songngu.segment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import net.loomchild.segment.TextIterator;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.SrxTextIterator;
import org.songngu.corpus.Language;

/**
 * Splits paragraphs into sentences with SRX rules: for French and English, Songngu's rules
 * ({@code songngu-segment.srx}) in front of LanguageTool's {@code segment.srx}; for Vietnamese,
 * Songngu's own {@code vietnamese-segment.srx}. The rules are applied by the
 * {@code net.loomchild:segment} engine.
 *
 * <p>A paragraph is never joined to the next: each gives at least one sentence when it holds any
 * non-space text. Sentences are trimmed, never empty, and together they hold every non-space
 * character of the paragraph, in order; inside a sentence, each run of white space (line breaks
 * included) becomes one space, and a single no-break space is kept.
 *
 * <p>Thread-safe: an instance and its parsed rules are shared (one per language, parsed on first
 * use); each call makes its own iterator.
 */
public final class SentenceSplitter {

    private static final Map<Language, SentenceSplitter> SPLITTERS = new EnumMap<>(Language.class);

    /** Two or more white-space characters, no-break spaces included. */
    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\p{Zs}]{2,}");

    private final Language language;
    private final SrxDocument rules;
    private final UncertainBoundaries uncertain;

    private SentenceSplitter(Language language, SrxDocument rules) {
        this.language = language;
        this.rules = rules;
        this.uncertain = UncertainBoundaries.forLanguage(language);
    }

    /** The shared splitter for a language; the first call per language parses its rules. */
    public static SentenceSplitter forLanguage(Language language) {
        Objects.requireNonNull(language, "language");
        synchronized (SPLITTERS) {
            return SPLITTERS.computeIfAbsent(
                    language, key -> new SentenceSplitter(key, SegmentationRules.forLanguage(key)));
        }
    }

    public Language language() {
        return language;
    }

    /** The sentences of one paragraph, in order; empty when the paragraph is blank. */
    public List<String> split(String paragraph) {
        Objects.requireNonNull(paragraph, "paragraph");
        List<String> sentences = new ArrayList<>();
        // One space per run: SRX rules look at the character right after a break, and a run of
        // spaces (or a line break inside the paragraph) would hide the next word from them.
        String text = SPACE_RUN.matcher(paragraph).replaceAll(" ");
        TextIterator iterator = new SrxTextIterator(rules, language.code(), text);
        while (iterator.hasNext()) {
            String sentence = trim(iterator.next());
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /**
     * The paragraph cut at its certain boundaries (those of {@link #split}) and at its possible
     * ones: after an abbreviation that may end a sentence (a dotted acronym such as "D.C.", "etc.",
     * "v.v.", "Inc.", a single capital initial) when a capital follows, whether the rules broke
     * there or not ({@link Piece.Boundary#LIKELY} where they broke, {@link Piece.Boundary#UNLIKELY}
     * where they did not). Titles and units that always precede a name ("M.", "Dr.", "TP.", "H.")
     * are no possible boundary. The aligner decides each possible boundary by the translation.
     */
    public List<Piece> splitMarked(String paragraph) {
        List<String> sentences = split(paragraph);
        List<Piece> pieces = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            String sentence = sentences.get(k);
            Piece.Boundary before = k > 0
                            && uncertain.endsWithAbbreviation(sentences.get(k - 1))
                            && uncertain.startsLikeASentence(sentence)
                    ? Piece.Boundary.LIKELY
                    : Piece.Boundary.CERTAIN;
            int start = 0;
            for (int cut : uncertain.cutsInside(sentence)) {
                pieces.add(new Piece(trim(sentence.substring(start, cut)), before));
                before = Piece.Boundary.UNLIKELY;
                start = cut;
            }
            pieces.add(new Piece(trim(sentence.substring(start)), before));
        }
        return pieces;
    }

    /** The sentences of the paragraphs of one article version, each tagged with its paragraph. */
    public List<Sentence> segment(List<String> paragraphs) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        List<Sentence> sentences = new ArrayList<>();
        for (int index = 0; index < paragraphs.size(); index++) {
            String paragraph = paragraphs.get(index);
            if (paragraph == null) {
                throw new NullPointerException("paragraph " + index + " is null");
            }
            for (String text : split(paragraph)) {
                sentences.add(new Sentence(index, text));
            }
        }
        return sentences;
    }

    /**
     * The pieces of the paragraphs of one article version ({@link #splitMarked}), each tagged with its
     * paragraph and the kind of boundary before it: what the job stores, so that the aligner can
     * decide each possible boundary by the translation. Joined at their possible boundaries, the
     * pieces are the sentences of {@link #segment}.
     */
    public List<MarkedSentence> segmentMarked(List<String> paragraphs) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        List<MarkedSentence> sentences = new ArrayList<>();
        for (int index = 0; index < paragraphs.size(); index++) {
            String paragraph = paragraphs.get(index);
            if (paragraph == null) {
                throw new NullPointerException("paragraph " + index + " is null");
            }
            for (Piece piece : splitMarked(paragraph)) {
                sentences.add(new MarkedSentence(index, piece.text(), piece.before()));
            }
        }
        return sentences;
    }

    /** Strips white space including no-break spaces (U+00A0, U+202F), which String.strip keeps. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
