package org.songngu.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Word translations learned from the texts being aligned: IBM Model 1 in both directions on
 * confident 1-1 beads, kept as links between a source and a target word when the mean of
 * {@code p(t|s)} and {@code p(s|t)} reaches a threshold (either direction alone lets rare words
 * link to everything they met once). Immutable and thread-safe once built.
 */
final class Lexicon {

    private final Map<String, Integer> sourceIds;
    private final Map<String, Integer> targetIds;
    private final int[][] sourceLinks;
    private final int[][] targetLinks;

    private Lexicon(
            Map<String, Integer> sourceIds, Map<String, Integer> targetIds, int[][] sourceLinks, int[][] targetLinks) {
        this.sourceIds = sourceIds;
        this.targetIds = targetIds;
        this.sourceLinks = sourceLinks;
        this.targetLinks = targetLinks;
    }

    /** Learns from sentence pairs given as word lists. */
    static Lexicon learn(List<List<String>> sources, List<List<String>> targets, int iterations, double threshold) {
        Map<String, Integer> sourceIds = new HashMap<>();
        Map<String, Integer> targetIds = new HashMap<>();
        List<int[]> source = ids(sources, sourceIds);
        List<int[]> target = ids(targets, targetIds);
        return learn(source, target, null, sourceIds, targetIds, iterations, threshold);
    }

    /** Learns from sentence pairs given as word ids, each pair with its weight (null: 1 each). */
    static Lexicon learn(
            List<int[]> source,
            List<int[]> target,
            double[] weights,
            Map<String, Integer> sourceIds,
            Map<String, Integer> targetIds,
            int iterations,
            double threshold) {
        IbmModel1 model = IbmModel1.train(source, target, weights, sourceIds.size(), targetIds.size(), iterations);
        List<List<Integer>> sourceLinks = emptyLists(sourceIds.size());
        List<List<Integer>> targetLinks = emptyLists(targetIds.size());
        model.forEach((s, t, forward, backward) -> {
            if ((forward + backward) / 2 >= threshold) {
                sourceLinks.get(s).add(t);
                targetLinks.get(t).add(s);
            }
        });
        return new Lexicon(sourceIds, targetIds, sorted(sourceLinks), sorted(targetLinks));
    }

    /** A lexicon of the given links (source word, target word), as {@link #forEachLink} gives them. */
    static Lexicon of(Iterable<Map.Entry<String, String>> links) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (Map.Entry<String, String> link : links) {
            bySource.computeIfAbsent(link.getKey(), k -> new ArrayList<>()).add(link.getValue());
        }
        return fromMap(bySource);
    }

    private static Lexicon fromMap(Map<String, List<String>> bySource) {
        Map<String, Integer> sourceIds = new HashMap<>();
        Map<String, Integer> targetIds = new HashMap<>();
        List<List<Integer>> sourceLinks = new ArrayList<>();
        List<List<Integer>> targetLinks = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : bySource.entrySet()) {
            int s = sourceIds.computeIfAbsent(entry.getKey(), k -> sourceIds.size());
            if (s == sourceLinks.size()) {
                sourceLinks.add(new ArrayList<>());
            }
            for (String word : entry.getValue()) {
                int t = targetIds.computeIfAbsent(word, k -> targetIds.size());
                if (t == targetLinks.size()) {
                    targetLinks.add(new ArrayList<>());
                }
                if (!sourceLinks.get(s).contains(t)) {
                    sourceLinks.get(s).add(t);
                    targetLinks.get(t).add(s);
                }
            }
        }
        return new Lexicon(sourceIds, targetIds, sorted(sourceLinks), sorted(targetLinks));
    }

    /** Calls {@code consumer} with every link (source word, target word). */
    void forEachLink(BiConsumer<String, String> consumer) {
        String[] sourceWords = words(sourceIds);
        String[] targetWords = words(targetIds);
        for (int s = 0; s < sourceLinks.length; s++) {
            for (int t : sourceLinks[s]) {
                consumer.accept(sourceWords[s], targetWords[t]);
            }
        }
    }

    /**
     * This lexicon's links between the given words together with those of {@code other}: what a
     * document needs of a large corpus lexicon, joined with what it learned from itself.
     */
    Lexicon restrictedUnion(Collection<String> sourceWords, Collection<String> targetWords, Lexicon other) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        String[] targets = words(targetIds);
        for (String word : sourceWords) {
            int s = sourceId(word);
            if (s < 0 || bySource.containsKey(word)) {
                continue;
            }
            for (int t : sourceLinks[s]) {
                if (targetWords.contains(targets[t])) {
                    bySource.computeIfAbsent(word, k -> new ArrayList<>()).add(targets[t]);
                }
            }
        }
        if (other != null) {
            other.forEachLink((source, target) ->
                    bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(target));
        }
        return fromMap(bySource);
    }

    private static String[] words(Map<String, Integer> ids) {
        String[] words = new String[ids.size()];
        ids.forEach((word, id) -> words[id] = word);
        return words;
    }

    int sourceId(String word) {
        return sourceIds.getOrDefault(word, -1);
    }

    int targetId(String word) {
        return targetIds.getOrDefault(word, -1);
    }

    int sourceVocabulary() {
        return sourceIds.size();
    }

    int targetVocabulary() {
        return targetIds.size();
    }

    /** Target word ids linked to source word {@code id}, sorted. */
    int[] sourceLinks(int id) {
        return sourceLinks[id];
    }

    /** Source word ids linked to target word {@code id}, sorted. */
    int[] targetLinks(int id) {
        return targetLinks[id];
    }

    int size() {
        int links = 0;
        for (int[] row : sourceLinks) {
            links += row.length;
        }
        return links;
    }

    private static List<int[]> ids(List<List<String>> sentences, Map<String, Integer> ids) {
        List<int[]> result = new ArrayList<>(sentences.size());
        for (List<String> sentence : sentences) {
            result.add(sentence.stream()
                    .mapToInt(word -> ids.computeIfAbsent(word, k -> ids.size()))
                    .toArray());
        }
        return result;
    }

    private static List<List<Integer>> emptyLists(int size) {
        List<List<Integer>> lists = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static int[][] sorted(List<List<Integer>> lists) {
        return lists.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).sorted().toArray())
                .toArray(int[][]::new);
    }
}
