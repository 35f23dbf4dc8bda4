package org.songngu.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private Lexicon(Map<String, Integer> sourceIds, Map<String, Integer> targetIds,
                    int[][] sourceLinks, int[][] targetLinks) {
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
        IbmModel1 model = IbmModel1.train(source, target, sourceIds.size(), targetIds.size(), iterations);
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
            result.add(sentence.stream().mapToInt(word -> ids.computeIfAbsent(word, k -> ids.size())).toArray());
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
        return lists.stream().map(list -> list.stream().mapToInt(Integer::intValue).sorted().toArray())
                .toArray(int[][]::new);
    }
}
