package org.songngu.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where each word of an article stands: for every folded word ({@link SearchKey}, cut to
 * {@link SearchKey#MAX_WORD}), the sentences holding it and its word positions in each, written
 * as text ({@code "fr3:0,7 vi2:5"}: French sentence 3, words 0 and 7; Vietnamese sentence 2, word
 * 5). A word index keyed by these lets a phrase search answer from the index alone: the phrase
 * "of the people" is in a sentence when "of", "the" and "people…" stand there at consecutive
 * positions, so a sentence holding the three words apart is never read. Stateless and thread-safe.
 */
public final class WordPlaces {

    /** Longest text of one stored row; a word's places past it go on in further rows. */
    public static final int MAX_PART = 3000;

    private WordPlaces() {
    }

    /** A sentence of an article by language and index, ordered as search lists its hits (language, then index). */
    public record SentenceRef(String language, int index) implements Comparable<SentenceRef> {
        @Override
        public int compareTo(SentenceRef other) {
            int byLanguage = language.compareTo(other.language);
            return byLanguage != 0 ? byLanguage : Integer.compare(index, other.index);
        }
    }

    /** A sentence's search key ({@link SearchKey#of}) with where the sentence is. */
    public record KeyedSentence(String language, int index, String key) {
    }

    /**
     * The places of every word of an article's sentences, word by word in first-seen order, each
     * as one or more texts of at most {@link #MAX_PART} characters.
     */
    public static Map<String, List<String>> of(List<KeyedSentence> sentences) {
        Map<String, StringBuilder> places = new LinkedHashMap<>();
        for (KeyedSentence sentence : sentences) {
            List<String> words = words(sentence.key());
            Map<String, StringBuilder> inSentence = new LinkedHashMap<>();
            for (int position = 0; position < words.size(); position++) {
                String word = words.get(position);
                StringBuilder at = inSentence.get(word);
                if (at == null) {
                    inSentence.put(word, new StringBuilder().append(sentence.language()).append(sentence.index()).append(':')
                            .append(position));
                } else {
                    at.append(',').append(position);
                }
            }
            inSentence.forEach((word, at) -> {
                StringBuilder all = places.computeIfAbsent(word, w -> new StringBuilder());
                all.append(all.isEmpty() ? "" : " ").append(at);
            });
        }
        Map<String, List<String>> parts = new LinkedHashMap<>();
        places.forEach((word, text) -> parts.put(word, split(text.toString())));
        return parts;
    }

    /** The words of a search key in order, repeats kept, each cut to {@link SearchKey#MAX_WORD} characters. */
    public static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        for (String word : key.strip().split(" ")) {
            if (!word.isEmpty()) {
                words.add(word.length() > SearchKey.MAX_WORD ? word.substring(0, SearchKey.MAX_WORD) : word);
            }
        }
        return words;
    }

    // Cut between sentences ("fr3:0,7"), so that every part parses alone; one sentence's places
    // longer than a part (a word a thousand times in one sentence) are cut between positions.
    private static List<String> split(String text) {
        if (text.length() <= MAX_PART) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String sentence : text.split(" ")) {
            for (String piece : splitSentence(sentence)) {
                if (!part.isEmpty() && part.length() + 1 + piece.length() > MAX_PART) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
                part.append(part.isEmpty() ? "" : " ").append(piece);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static List<String> splitSentence(String sentence) {
        if (sentence.length() <= MAX_PART) {
            return List.of(sentence);
        }
        int colon = sentence.indexOf(':');
        String head = sentence.substring(0, colon + 1);
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder(head);
        for (String position : sentence.substring(colon + 1).split(",")) {
            if (piece.length() > head.length() && piece.length() + 1 + position.length() > MAX_PART) {
                pieces.add(piece.toString());
                piece.setLength(0);
                piece.append(head);
            }
            piece.append(piece.length() > head.length() ? "," : "").append(position);
        }
        pieces.add(piece.toString());
        return pieces;
    }

    /** Adds the places written in {@code text} (one stored part) to {@code into}: sentence → word positions. */
    public static void parse(String text, Map<SentenceRef, TreeSet<Integer>> into) {
        for (String sentence : text.split(" ")) {
            if (sentence.isEmpty()) {
                continue;
            }
            int colon = sentence.indexOf(':');
            int digits = 0;
            while (digits < colon && !Character.isDigit(sentence.charAt(digits))) {
                digits++;
            }
            SentenceRef ref = new SentenceRef(sentence.substring(0, digits),
                    Integer.parseInt(sentence.substring(digits, colon)));
            TreeSet<Integer> positions = into.computeIfAbsent(ref, r -> new TreeSet<>());
            for (String position : sentence.substring(colon + 1).split(",")) {
                positions.add(Integer.parseInt(position));
            }
        }
    }
}
