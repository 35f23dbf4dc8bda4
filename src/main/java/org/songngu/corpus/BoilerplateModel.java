package org.songngu.corpus;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The learned half of boilerplate removal: the paragraphs that recur across the articles of one
 * run, per language. A paragraph is site chrome when it appears in at least
 * {@code max(chromeMinArticles, ceil(chromeMinShare × articles of that language))} different
 * articles and is at most {@code chromeMaxChars} long. On five articles that means "in two of
 * them"; on a thousand, "in twenty", so a caption two reports happen to share is kept.
 * Paragraphs are compared by {@link #key}, ignoring case only: numbered lines ("Điều 1",
 * "Điều 2") are different lines, and counters that change are the patterns' business. Immutable and thread-safe.
 */
public final class BoilerplateModel {

    private final Map<Language, Set<String>> chrome;

    private BoilerplateModel(Map<Language, Set<String>> chrome) {
        this.chrome = chrome;
    }

    /** A model that knows no chrome: for one article read on its own. */
    public static BoilerplateModel empty() {
        return new BoilerplateModel(Map.of());
    }

    /** Learns the chrome of {@code articles}, all the articles of one run. */
    public static BoilerplateModel learn(Collection<RawArticle> articles, IngestSettings settings) {
        Map<Language, Set<String>> chrome = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, Integer> articlesPerKey = new HashMap<>();
            int articleCount = 0;
            for (RawArticle article : articles) {
                RawVersion version = article.versions().get(language);
                if (version == null) {
                    continue;
                }
                articleCount++;
                Set<String> keys = new HashSet<>();
                for (String paragraph : version.paragraphs()) {
                    if (paragraph.length() <= settings.chromeMaxChars()) {
                        keys.add(key(paragraph));
                    }
                }
                keys.forEach(key -> articlesPerKey.merge(key, 1, Integer::sum));
            }
            int threshold = Math.max(settings.chromeMinArticles(),
                    (int) Math.ceil(settings.chromeMinShare() * articleCount));
            Set<String> learned = new HashSet<>();
            articlesPerKey.forEach((key, count) -> {
                if (count >= threshold) {
                    learned.add(key);
                }
            });
            chrome.put(language, Set.copyOf(learned));
        }
        return new BoilerplateModel(chrome);
    }

    /** Whether {@code paragraph} was learned as chrome in {@code language}. */
    public boolean isChrome(Language language, String paragraph) {
        Set<String> keys = chrome.get(language);
        return keys != null && keys.contains(key(paragraph));
    }

    /** How many distinct chrome paragraphs were learned in {@code language}. */
    public int size(Language language) {
        return chrome.getOrDefault(language, Set.of()).size();
    }

    /** The comparison key of a normalised paragraph: its lower case. */
    static String key(String paragraph) {
        return paragraph.toLowerCase(Locale.ROOT);
    }
}
