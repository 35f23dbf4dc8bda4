package org.songngu.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import org.songngu.corpus.WordPlaces.SentenceRef;

/**
 * A search as the word index answers it. A text matches when the query's search form
 * ({@link SearchKey#query}: {@code " of the peo"}) occurs in the text's ({@code " of the people "}):
 * its words stand at consecutive positions, every word but the last whole and the last as the
 * start of a word. So each query word is one index lookup, a whole word by equality and the last
 * by prefix, and {@link #matches} decides from the words' {@link WordPlaces} alone, reading no
 * sentence. The index cuts words to {@link SearchKey#MAX_WORD} characters: a query with a word that
 * long is only narrowed by the index and {@link #exact} says its candidates are checked on the text.
 */
public final class PhraseQuery {

    /** One index lookup: a word by equality, or every word starting with {@code term}. */
    public record Lookup(String term, boolean prefix) {
    }

    private final String key;
    private final List<String> words;

    private PhraseQuery(String key, List<String> words) {
        this.key = key;
        this.words = words;
    }

    public static PhraseQuery of(String query) {
        String key = SearchKey.query(query);
        List<String> words = new ArrayList<>();
        for (String word : key.strip().split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new PhraseQuery(key, List.copyOf(words));
    }

    /** The query's search form, as {@link SearchKey#find} takes it; empty for a query without words. */
    public String key() {
        return key;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The lookup of query word {@code i}. */
    public Lookup lookup(int i) {
        String word = words.get(i);
        boolean whole = i < words.size() - 1 && word.length() < SearchKey.MAX_WORD;
        return new Lookup(word.length() > SearchKey.MAX_WORD ? word.substring(0, SearchKey.MAX_WORD) : word, !whole);
    }

    /** The distinct lookups of the query, in query order. */
    public List<Lookup> lookups() {
        LinkedHashSet<Lookup> lookups = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            lookups.add(lookup(i));
        }
        return List.copyOf(lookups);
    }

    /**
     * Whether {@link #matches} is the answer itself; otherwise (a word of {@link SearchKey#MAX_WORD}
     * characters or more, which the index holds cut) its sentences are candidates to check with
     * {@link SearchKey#find}.
     */
    public boolean exact() {
        for (int i = 0; i < words.size(); i++) {
            int length = words.get(i).length();
            if (i < words.size() - 1 ? length >= SearchKey.MAX_WORD : length > SearchKey.MAX_WORD) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentences of one article where the query's words stand one after another, given each
     * lookup's places in that article (sentence → word positions; absent or empty when the article
     * lacks the word).
     */
    public SortedSet<SentenceRef> matches(Function<Lookup, Map<SentenceRef, TreeSet<Integer>>> places) {
        SortedSet<SentenceRef> found = new TreeSet<>();
        if (words.isEmpty()) {
            return found;
        }
        List<Map<SentenceRef, TreeSet<Integer>>> perWord = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Map<SentenceRef, TreeSet<Integer>> at = places.apply(lookup(i));
            if (at == null || at.isEmpty()) {
                return found;
            }
            perWord.add(at);
        }
        for (Map.Entry<SentenceRef, TreeSet<Integer>> first : perWord.get(0).entrySet()) {
            for (int start : first.getValue()) {
                if (followed(perWord, first.getKey(), start)) {
                    found.add(first.getKey());
                    break;
                }
            }
        }
        return found;
    }

    private static boolean followed(List<Map<SentenceRef, TreeSet<Integer>>> perWord, SentenceRef sentence, int start) {
        for (int i = 1; i < perWord.size(); i++) {
            TreeSet<Integer> positions = perWord.get(i).get(sentence);
            if (positions == null || !positions.contains(start + i)) {
                return false;
            }
        }
        return true;
    }
}
