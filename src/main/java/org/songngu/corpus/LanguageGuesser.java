package org.songngu.corpus;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells French, Vietnamese and English apart, without a model: the share of words that are common
 * function words of each language, and for Vietnamese the share of words carrying letters only
 * Vietnamese writes (ă, đ, ơ, ư, a hook or a dot below, a circumflex with a tone...). It answers
 * only when the evidence is clear; on a few words, or text in another language, it says nothing.
 * Stateless and thread-safe.
 */
public final class LanguageGuesser {

    /** Fewer words than this: too little text to tell. */
    static final int MIN_WORDS = 15;

    private static final int MIN_HITS = 3;
    private static final double MIN_STOP_SHARE = 0.12;
    private static final double MIN_VIETNAMESE_LETTER_SHARE = 0.2;

    private static final Map<Language, Set<String>> FUNCTION_WORDS = Map.of(
            Language.FR,
                    Set.of(
                            "le",
                            "la",
                            "les",
                            "de",
                            "des",
                            "du",
                            "un",
                            "une",
                            "et",
                            "est",
                            "en",
                            "dans",
                            "pour",
                            "que",
                            "qui",
                            "sur",
                            "par",
                            "au",
                            "aux",
                            "avec",
                            "ce",
                            "cette",
                            "ces",
                            "il",
                            "elle",
                            "ils",
                            "elles",
                            "sont",
                            "ont",
                            "pas",
                            "plus",
                            "ne",
                            "se",
                            "sa",
                            "son",
                            "ses",
                            "leur",
                            "leurs",
                            "ou",
                            "mais",
                            "comme",
                            "nous",
                            "vous",
                            "d",
                            "l",
                            "qu",
                            "s",
                            "n",
                            "c",
                            "été",
                            "être",
                            "aussi",
                            "lors",
                            "entre",
                            "tous",
                            "tout",
                            "toutes",
                            "également",
                            "afin",
                            "ainsi",
                            "était",
                            "dont",
                            "où",
                            "notamment"),
            Language.EN,
                    Set.of(
                            "the", "of", "and", "to", "in", "is", "that", "for", "with", "as", "was", "were", "by",
                            "at", "from", "this", "it", "be", "are", "an", "have", "has", "had", "which", "their",
                            "its", "not", "or", "but", "they", "been", "will", "would", "also", "who", "than", "into",
                            "about", "these", "those", "our", "he", "she", "his", "her", "we", "all", "there", "should",
                            "such", "while", "during"),
            Language.VI,
                    Set.of(
                            "và", "của", "các", "là", "được", "trong", "những", "có", "cho", "với", "này", "đã",
                            "không", "một", "người", "để", "khi", "đến", "từ", "theo", "về", "tại", "cũng", "như",
                            "nhiều", "đó", "thì", "sẽ", "ra", "làm", "năm", "bị", "vào", "lên", "nên", "mà", "rằng",
                            "hơn", "đồng", "chí", "việc", "công", "tác", "đang", "đều"));

    /** Letters with a mark French and English never write. */
    private static final String VIETNAMESE_LETTERS = "ăđơưảạẻẹẽỉịĩỏọõủụũỷỵỹỳấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựìíòóúý";

    private LanguageGuesser() {}

    /** The language of {@code paragraphs} when the evidence is clear, else empty. */
    public static Optional<Language> guess(List<String> paragraphs) {
        List<String> words = words(String.join(" ", paragraphs));
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        Map<Language, Integer> hits = new EnumMap<>(Language.class);
        int vietnameseLetterWords = 0;
        for (String word : words) {
            FUNCTION_WORDS.forEach((language, set) -> {
                if (set.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
            if (hasVietnameseLetter(word)) {
                vietnameseLetterWords++;
            }
        }
        double total = words.size();
        int vi = hits.getOrDefault(Language.VI, 0);
        if (vietnameseLetterWords / total >= MIN_VIETNAMESE_LETTER_SHARE
                && vi >= MIN_HITS
                && vi / total >= MIN_STOP_SHARE) {
            return Optional.of(Language.VI);
        }
        int fr = hits.getOrDefault(Language.FR, 0);
        int en = hits.getOrDefault(Language.EN, 0);
        Language best = fr >= en ? Language.FR : Language.EN;
        int bestHits = Math.max(fr, en);
        int otherHits = Math.min(fr, en);
        if (bestHits >= MIN_HITS
                && bestHits / total >= MIN_STOP_SHARE
                && bestHits >= 2 * otherHits
                && vietnameseLetterWords / total < MIN_VIETNAMESE_LETTER_SHARE) {
            return Optional.of(best);
        }
        return Optional.empty();
    }

    /** Lower-case words; an apostrophe ends a word, so "l'efficacité" gives "l" and "efficacité". */
    static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")).stream()
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static boolean hasVietnameseLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (VIETNAMESE_LETTERS.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The English name of a language, for messages: "French". */
    static String displayName(Language language) {
        return language.locale().getDisplayLanguage(Locale.ENGLISH);
    }
}
