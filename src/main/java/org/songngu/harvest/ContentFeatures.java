package org.songngu.harvest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.songngu.corpus.AccentFolding;
import org.songngu.corpus.Language;
import org.songngu.corpus.PublicationDate;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryMatcher;
import org.songngu.glossary.Term;
import org.songngu.glossary.TermMatch;

/**
 * What a page's text shares with its translations whatever the language: numbers read with the
 * language's separators ({@code 1 245} = {@code 1.245} = {@code 1,245}), dates, accent-folded names
 * (pairs of capitalised words: "Nguyễn Tiến Thành" and "Nguyen Tien Thanh" give the same), document
 * codes ({@code 08-ĐA/TU} = {@code 08-DA/TU}) and glossary terms (by term, whatever the language).
 * Each feature is a short string with its kind as prefix. Thread-safe once built.
 */
public final class ContentFeatures {

    private static final Map<Language, Pattern> NUMBERS = Map.of(
            Language.FR,
                    Pattern.compile(
                            "(?<![\\d\\p{L}/.,-])(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d+)(,\\d+)?(?![\\d/])"),
            Language.VI, Pattern.compile("(?<![\\d\\p{L}/.,-])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(,\\d+)?(?![\\d/])"),
            Language.EN, Pattern.compile("(?<![\\d\\p{L}/.,-])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d/])"));
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\d]+(?:[-/][\\p{L}\\d]+)+");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d]+");

    private final Map<Language, GlossaryMatcher> matchers;
    private final Map<Term, Integer> termIds = new IdentityHashMap<>();

    public ContentFeatures(Glossary glossary) {
        List<Term> terms = glossary.terms();
        for (int i = 0; i < terms.size(); i++) {
            termIds.put(terms.get(i), i);
        }
        matchers = terms.isEmpty()
                ? Map.of()
                : Map.of(
                        Language.FR, new GlossaryMatcher(glossary, Language.FR),
                        Language.VI, new GlossaryMatcher(glossary, Language.VI),
                        Language.EN, new GlossaryMatcher(glossary, Language.EN));
    }

    /** The features of an article: its title and paragraphs (site chrome removed), and its date. */
    public Set<String> of(Language language, String title, List<String> paragraphs, LocalDate date) {
        Set<String> features = new HashSet<>();
        if (date != null) {
            features.add("d:" + date);
        }
        GlossaryMatcher matcher = matchers.get(language);
        if (title != null) {
            add(features, language, title, matcher);
        }
        for (String paragraph : paragraphs) {
            add(features, language, paragraph, matcher);
        }
        return features;
    }

    private void add(Set<String> features, Language language, String text, GlossaryMatcher matcher) {
        Matcher number = NUMBERS.get(language).matcher(text);
        while (number.find()) {
            String value = number(language, number.group(1), number.group(2));
            if (value != null) {
                features.add("n:" + value);
            }
        }
        PublicationDate.in(text).ifPresent(date -> features.add("d:" + date));
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            String found = code.group();
            if (found.chars().anyMatch(Character::isDigit) && found.chars().anyMatch(Character::isLetter)) {
                features.add("c:" + AccentFolding.fold(found));
            }
        }
        names(features, text);
        if (matcher != null) {
            for (TermMatch match : matcher.find(text)) {
                Integer id = termIds.get(match.term());
                if (id != null) {
                    features.add("t:" + id);
                }
            }
        }
    }

    /** Pairs of capitalised words in a row, folded; a sentence's first word is no name on its own. */
    private static void names(Set<String> features, String text) {
        Matcher word = WORD.matcher(text);
        String previous = null;
        int previousEnd = -1;
        while (word.find()) {
            String current = word.group();
            boolean capital = NAME_WORD.matcher(current).matches();
            if (capital && previous != null && onlySpaceBetween(text, previousEnd, word.start())) {
                features.add("p:" + AccentFolding.fold(previous) + " " + AccentFolding.fold(current));
            }
            previous = capital ? current : null;
            previousEnd = word.end();
        }
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '-') {
                return false;
            }
        }
        return to > from;
    }

    /** A number as one spelling: no thousands separator, a point before decimals; small integers dropped. */
    static String number(Language language, String integer, String decimals) {
        String digits = integer.replaceAll("[^0-9]", "");
        if (digits.length() > 15) {
            return null;
        }
        String value = decimals == null ? digits : digits + "." + decimals.substring(1);
        BigDecimal parsed = new BigDecimal(value).stripTrailingZeros();
        if (decimals == null && parsed.compareTo(BigDecimal.TEN) < 0) {
            return null; // 1, 2, 3: in every text, a link between none
        }
        return parsed.toPlainString();
    }
}
