package org.songngu.harvest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.songngu.align.CorpusLexicon;
import org.songngu.corpus.Language;

/**
 * The aligner's lexicon as pairing evidence: how far the words of a French page and of a page in
 * another language translate each other, by the word links the aligner learned (IBM Model 1 over
 * aligned sentences, {@link CorpusLexicon}). Where dates, numbers and names do not tell two
 * same-topic pages apart, the translated vocabulary does: a translation says "huyện" where the
 * French says "district", a different article on the same day and subject says other things.
 *
 * <p>A page is kept as the sorted ids of its distinct words that the lexicon knows (lower case, split
 * as the aligner splits them; digits left to the content features), so a crawl costs a few
 * kilobytes a page. {@link Crawl} scores a pair by the rarity-weighted share of each page's words
 * whose translation is in the other page, both ways, and proposes candidates through the rare words
 * a French page's words translate into (blocking: a page is compared only with pages sharing one).
 * Plain Java; immutable and thread-safe once built ({@link Crawl} is not).
 */
public final class TranslatedWords {

    /** The words of a language the lexicons know, and their links. */
    private static final class Vocabulary {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> words = new ArrayList<>();

        int id(String word) {
            Integer known = ids.get(word);
            if (known != null) {
                return known;
            }
            ids.put(word, words.size());
            words.add(word);
            return words.size() - 1;
        }
    }

    private final Vocabulary french = new Vocabulary();
    private final Map<Language, Vocabulary> others = new EnumMap<>(Language.class);
    /** Per target language: French word id → linked target word ids, and back. */
    private final Map<Language, int[][]> toTarget = new EnumMap<>(Language.class);

    private final Map<Language, int[][]> toFrench = new EnumMap<>(Language.class);
    private final String source;
    private final int links;

    /**
     * @param lexicons the aligner's lexicons from French, by target language (a missing language
     *                 gets no lexicon evidence)
     * @param source   where they come from, for the evidence a reviewer reads ("model version 3")
     */
    public TranslatedWords(Map<Language, CorpusLexicon> lexicons, String source) {
        this.source = source;
        Map<Language, List<int[]>> pairs = new EnumMap<>(Language.class);
        int count = 0;
        for (Map.Entry<Language, CorpusLexicon> entry : lexicons.entrySet()) {
            if (entry.getKey() == Language.FR) {
                throw new IllegalArgumentException("a lexicon goes from French to another language, not to French");
            }
            Vocabulary target = others.computeIfAbsent(entry.getKey(), k -> new Vocabulary());
            List<int[]> list = pairs.computeIfAbsent(entry.getKey(), k -> new ArrayList<>());
            entry.getValue().forEachLink((s, t) -> {
                if (isWord(s) && isWord(t)) {
                    list.add(new int[] {french.id(s), target.id(t)});
                }
            });
            count += list.size();
        }
        this.links = count;
        pairs.forEach((language, list) -> {
            toTarget.put(language, index(list, french.words.size(), 0));
            toFrench.put(language, index(list, others.get(language).words.size(), 1));
        });
    }

    /** No lexicon: no evidence, no candidates. */
    public static TranslatedWords none() {
        return new TranslatedWords(Map.of(), "no lexicon");
    }

    /** Whether there is a lexicon to French from {@code language}. */
    public boolean covers(Language language) {
        return toTarget.containsKey(language);
    }

    public boolean isEmpty() {
        return toTarget.isEmpty();
    }

    /** Where the lexicons come from. */
    public String source() {
        return source;
    }

    /** Word links over all languages. */
    public int links() {
        return links;
    }

    /** A word worth a link: letters in it (digits are the content features' business). */
    private static boolean isWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[][] index(List<int[]> pairs, int size, int from) {
        List<List<Integer>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>(2));
        }
        for (int[] pair : pairs) {
            List<Integer> list = lists.get(pair[from]);
            if (!list.contains(pair[1 - from])) {
                list.add(pair[1 - from]);
            }
        }
        int[][] index = new int[size][];
        for (int i = 0; i < size; i++) {
            index[i] =
                    lists.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return index;
    }

    /**
     * The distinct words of a page's texts that a lexicon knows, as sorted ids: lower case, split at
     * every character that is neither a letter, a digit nor a combining mark, as the aligner splits
     * sentences, so that the page's words meet the lexicon's.
     */
    public int[] words(Language language, Iterable<String> texts) {
        Vocabulary vocabulary = language == Language.FR ? french : others.get(language);
        if (vocabulary == null || (language == Language.FR && isEmpty())) {
            return new int[0];
        }
        int[] found = new int[16];
        int size = 0;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                boolean inWord = i < text.length() && isWordChar(text.charAt(i));
                if (inWord && start < 0) {
                    start = i;
                } else if (!inWord && start >= 0) {
                    Integer id = vocabulary.ids.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                    if (id != null) {
                        if (size == found.length) {
                            found = Arrays.copyOf(found, size * 2);
                        }
                        found[size++] = id;
                    }
                    start = -1;
                }
            }
        }
        return Arrays.stream(found, 0, size).sorted().distinct().toArray();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The scorer over one crawl's pages. */
    public Crawl crawl(List<Language> languages, List<int[]> words) {
        return new Crawl(languages, words);
    }

    /**
     * The pages of one crawl: each page's words and each word's rarity over the pages of its
     * language (a word every page has, "de", "của", translates into every page and tells nothing).
     */
    public final class Crawl {

        private final List<Language> languages;
        private final List<int[]> words;
        private final Map<Language, int[]> frequencies = new EnumMap<>(Language.class);
        private final Map<Language, Integer> pages = new EnumMap<>(Language.class);

        private Crawl(List<Language> languages, List<int[]> words) {
            if (languages.size() != words.size()) {
                throw new IllegalArgumentException(languages.size() + " languages for " + words.size() + " pages");
            }
            this.languages = languages;
            this.words = words;
            for (int page = 0; page < words.size(); page++) {
                Language language = languages.get(page);
                Vocabulary vocabulary = language == Language.FR ? french : others.get(language);
                if (vocabulary == null) {
                    continue;
                }
                int[] counts = frequencies.computeIfAbsent(language, k -> new int[vocabulary.words.size()]);
                for (int word : words.get(page)) {
                    counts[word]++;
                }
                pages.merge(language, 1, Integer::sum);
            }
        }

        private double idf(Language language, int word) {
            return Math.log(
                    1 + (double) pages.get(language) / Math.max(1, frequencies.get(language)[word]));
        }

        /** Pages of {@code language} holding {@code word}. */
        int frequency(Language language, int word) {
            int[] counts = frequencies.get(language);
            return counts == null ? 0 : counts[word];
        }

        /**
         * How far two pages' words translate each other, in [0, 1]: the harmonic mean of the share
         * of the French page's known words (weighted by rarity) that have a translation in the other
         * page, and the same share the other way. Both ways, so that a long page does not cover a
         * short one by its size alone.
         */
        public double similarity(int frenchPage, int otherPage) {
            Coverage coverage = coverage(frenchPage, otherPage, 0);
            return coverage.similarity();
        }

        /** What a reviewer reads: both shares and the rarest words that translate. */
        public String describe(int frenchPage, int otherPage, int examples) {
            Coverage coverage = coverage(frenchPage, otherPage, examples);
            return String.format(
                            Locale.ROOT,
                            "%.0f %% of the French words and %.0f %% of the %s words translate into"
                                    + " the other page",
                            100 * coverage.forward,
                            100 * coverage.backward,
                            languages.get(otherPage).locale().getDisplayLanguage(Locale.ENGLISH))
                    + (coverage.examples.isEmpty() ? "" : ", rarest: " + String.join(", ", coverage.examples));
        }

        private record Coverage(double forward, double backward, List<String> examples) {
            double similarity() {
                return forward + backward == 0 ? 0 : 2 * forward * backward / (forward + backward);
            }
        }

        private Coverage coverage(int frenchPage, int otherPage, int examples) {
            Language target = languages.get(otherPage);
            int[][] forwardLinks = toTarget.get(target);
            if (forwardLinks == null || languages.get(frenchPage) != Language.FR) {
                return new Coverage(0, 0, List.of());
            }
            int[] frenchWords = words.get(frenchPage);
            int[] otherWords = words.get(otherPage);
            List<double[]> found = examples > 0 ? new ArrayList<>() : null;
            double forward = share(frenchWords, otherWords, forwardLinks, Language.FR, found);
            double backward = share(otherWords, frenchWords, toFrench.get(target), target, null);
            List<String> named = new ArrayList<>();
            if (found != null) {
                found.sort((a, b) -> Double.compare(b[0], a[0]));
                for (double[] hit : found.subList(0, Math.min(examples, found.size()))) {
                    named.add(french.words.get((int) hit[1]) + " = "
                            + others.get(target).words.get((int) hit[2]));
                }
            }
            return new Coverage(forward, backward, named);
        }

        /** The rarity-weighted share of {@code from}'s linked words with a linked word in {@code to}. */
        private double share(int[] from, int[] to, int[][] links, Language language, List<double[]> found) {
            double total = 0;
            double covered = 0;
            for (int word : from) {
                int[] translations = links[word];
                if (translations.length == 0) {
                    continue;
                }
                double weight = idf(language, word);
                total += weight;
                for (int translation : translations) {
                    if (Arrays.binarySearch(to, translation) >= 0) {
                        covered += weight;
                        if (found != null) {
                            found.add(new double[] {weight, word, translation});
                        }
                        break;
                    }
                }
            }
            return total == 0 ? 0 : covered / total;
        }

        /**
         * Candidates for a French page among the pages of {@code target}, through an inverted index
         * of rare words: the French page's words, rarest first, are translated and only pages holding
         * one of at most {@code probes} rare translations are looked at; the {@code limit} that share
         * most are answered, most shared first. Never every page.
         */
        public List<Integer> candidates(
                Map<Integer, int[]> index, int frenchPage, Language target, int rare, int probes, int limit) {
            int[][] links = toTarget.get(target);
            if (links == null) {
                return List.of();
            }
            List<Integer> probing = new ArrayList<>();
            for (int word : words.get(frenchPage)) {
                for (int translation : links[word]) {
                    int frequency = frequency(target, translation);
                    if (frequency > 0 && frequency <= rare) {
                        probing.add(translation);
                    }
                }
            }
            probing = probing.stream()
                    .distinct()
                    .sorted((a, b) -> frequency(target, a) != frequency(target, b)
                            ? Integer.compare(frequency(target, a), frequency(target, b))
                            : Integer.compare(a, b))
                    .limit(probes)
                    .toList();
            Map<Integer, Integer> hits = new HashMap<>();
            for (int word : probing) {
                for (int page : index.getOrDefault(word, new int[0])) {
                    hits.merge(page, 1, Integer::sum);
                }
            }
            List<Integer> ranked = new ArrayList<>(hits.keySet());
            ranked.sort((a, b) -> !hits.get(a).equals(hits.get(b))
                    ? Integer.compare(hits.get(b), hits.get(a))
                    : Integer.compare(a, b));
            return Collections.unmodifiableList(ranked.subList(0, Math.min(limit, ranked.size())));
        }

        /** The pages of {@code target} by each of their rare words (in at most {@code rare} pages). */
        public Map<Integer, int[]> index(Language target, int rare) {
            Map<Integer, List<Integer>> lists = new HashMap<>();
            for (int page = 0; page < words.size(); page++) {
                if (languages.get(page) == target) {
                    for (int word : words.get(page)) {
                        if (frequency(target, word) <= rare) {
                            lists.computeIfAbsent(word, k -> new ArrayList<>()).add(page);
                        }
                    }
                }
            }
            Map<Integer, int[]> index = new HashMap<>();
            lists.forEach((word, list) ->
                    index.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
            return index;
        }
    }
}
