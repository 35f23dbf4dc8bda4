package org.songngu.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.songngu.corpus.AccentFolding;

/**
 * The surface features of one sentence that the scorers read: its length, its words (lower case,
 * and accent-folded), the capitalised words after the first, its numbers and its marked
 * punctuation. Hyphens and apostrophes split words, so "Đa-vít" gives "đa", "vít" and "l’élite"
 * gives "l", "élite". Immutable.
 */
record SentenceText(
        int length,
        List<String> words,
        List<String> folded,
        List<String> names,
        List<String> numbers,
        List<String> marks) {

    /** Digit groups of three after a space, dot, comma or no-break space belong to one number. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[ .,\u00a0\u202f]\\d{3}(?!\\d))*");

    private static final Pattern NON_DIGIT = Pattern.compile("\\D");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

    SentenceText {
        words = List.copyOf(words);
        folded = List.copyOf(folded);
        names = List.copyOf(names);
        numbers = List.copyOf(numbers);
        marks = List.copyOf(marks);
    }

    static SentenceText of(String sentence) {
        return of(sentence, new WordPool());
    }

    /**
     * Words seen in a document: each distinct word form's lower-cased and folded forms, computed
     * once, and one shared instance of each distinct string, instead of two new strings per
     * occurrence (most of a long document's memory otherwise). Not thread-safe.
     */
    static final class WordPool {
        private final Map<String, String[]> forms = new HashMap<>();
        private final Map<String, String> strings = new HashMap<>();

        /** {lower case, folded} of a word as it appears in the text. */
        String[] forms(String word) {
            String[] known = forms.get(word);
            if (known == null) {
                known = new String[] {shared(word.toLowerCase(Locale.ROOT)), shared(AccentFolding.fold(word))};
                forms.put(word, known);
            }
            return known;
        }

        private String shared(String text) {
            String known = strings.putIfAbsent(text, text);
            return known == null ? text : known;
        }
    }

    /** The features of a sentence, its words taken from (and added to) {@code pool}. */
    static SentenceText of(String sentence, WordPool pool) {
        List<String> words = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i <= sentence.length(); i++) {
            boolean inWord = i < sentence.length() && isWordChar(sentence.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String word = sentence.substring(start, i);
                String[] forms = pool.forms(word);
                String fold = forms[1];
                boolean capitalised = Character.isUpperCase(word.charAt(0));
                if (capitalised && !words.isEmpty() && fold.length() >= 2 && !isNumber(fold)) {
                    names.add(fold);
                }
                words.add(forms[0]);
                folded.add(fold);
                start = -1;
            }
        }
        return new SentenceText(
                sentence.strip().length(), words, folded, List.copyOf(names), numbers(sentence), marks(sentence));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static List<String> numbers(String sentence) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = NUMBER.matcher(sentence);
        while (matcher.find()) {
            String digits = LEADING_ZEROS
                    .matcher(NON_DIGIT.matcher(matcher.group()).replaceAll(""))
                    .replaceFirst("");
            found.add(digits);
        }
        return List.copyOf(found);
    }

    /** Punctuation that translations keep: questions, exclamations, colons, semicolons, quotes, brackets. */
    private static List<String> marks(String sentence) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < sentence.length(); i++) {
            switch (sentence.charAt(i)) {
                case '?' -> found.add("?");
                case '!' -> found.add("!");
                case ':' -> found.add(":");
                case ';' -> found.add(";");
                case '«', '»', '"', '“', '”', '„' -> found.add("\"");
                case '(', ')', '[', ']' -> found.add("(");
                default -> {}
            }
        }
        return List.copyOf(found);
    }
}
