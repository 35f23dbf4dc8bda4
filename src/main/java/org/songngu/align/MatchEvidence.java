package org.songngu.align;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Items of one kind of evidence in one document (numbers, names, glossary terms, words...), and
 * which items of a sentence find a counterpart in a sentence of the other side. An item of a
 * source sentence is <em>covered</em> by a target sentence when one of its links is present there;
 * and the other way round. Each item also carries {@code p0}, the chance that a random sentence
 * of the other side covers it (from document frequencies), which makes a shared "de" weigh less
 * than a shared "Abinadab". At most {@link #MAX_ITEMS} items a sentence (the rarest are kept), so a
 * sentence's coverage fits in a {@code long} mask. Immutable after construction.
 */
final class MatchEvidence {

    static final int MAX_ITEMS = 64;

    private final Side source;
    private final Side target;

    private MatchEvidence(Side source, Side target) {
        this.source = source;
        this.target = target;
    }

    /**
     * Items of one side, each given as its linked ids in the other side's id space; {@code present}
     * the ids of each sentence of the other side, and {@code signature} a 64-bit summary of them
     * (bit {@code id & 63} set for each present id) that rejects most absent ids without a search.
     */
    record Side(int[][][] links, int[][] present, double[][] p0, long[] signature) {

        Side(int[][][] links, int[][] present, double[][] p0) {
            this(links, present, p0, signatures(present));
        }
    }

    private static long[] signatures(int[][] present) {
        long[] signatures = new long[present.length];
        for (int j = 0; j < present.length; j++) {
            for (int id : present[j]) {
                signatures[j] |= 1L << id;
            }
        }
        return signatures;
    }

    /**
     * Evidence where an item is covered by the identical item on the other side.
     *
     * @param sourceItems per source sentence, its items
     * @param sourcePresent per source sentence, what a target item may match (the items, or more)
     */
    static MatchEvidence identity(
            List<List<String>> sourceItems,
            List<List<String>> sourcePresent,
            List<List<String>> targetItems,
            List<List<String>> targetPresent) {
        Ids ids = new Ids();
        int[][] srcPresent = ids.sortedDistinct(sourcePresent);
        int[][] tgtPresent = ids.sortedDistinct(targetPresent);
        int[][][] srcLinks = ids.singletonLinks(sourceItems);
        int[][][] tgtLinks = ids.singletonLinks(targetItems);
        return build(srcLinks, srcPresent, tgtLinks, tgtPresent, ids.size(), ids.size());
    }

    /** Evidence with explicit links: item ids and present ids in their own spaces. */
    static MatchEvidence build(
            int[][][] sourceLinks,
            int[][] sourcePresent,
            int[][][] targetLinks,
            int[][] targetPresent,
            int sourceSpace,
            int targetSpace) {
        double[] targetFrequency = frequency(targetPresent, targetSpace);
        double[] sourceFrequency = frequency(sourcePresent, sourceSpace);
        return new MatchEvidence(
                side(sourceLinks, targetPresent, targetFrequency), side(targetLinks, sourcePresent, sourceFrequency));
    }

    private static Side side(int[][][] links, int[][] otherPresent, double[] otherFrequency) {
        int[][][] kept = new int[links.length][][];
        double[][] p0 = new double[links.length][];
        for (int i = 0; i < links.length; i++) {
            int count = links[i].length;
            double[] chance = new double[count];
            Integer[] order = new Integer[count];
            for (int k = 0; k < count; k++) {
                double miss = 1;
                for (int id : links[i][k]) {
                    miss *= 1 - otherFrequency[id];
                }
                chance[k] = Math.min(0.98, Math.max(1e-4, 1 - miss));
                order[k] = k;
            }
            if (count > MAX_ITEMS) {
                Arrays.sort(order, Comparator.comparingDouble(k -> chance[k]));
                count = MAX_ITEMS;
            }
            kept[i] = new int[count][];
            p0[i] = new double[count];
            for (int k = 0; k < count; k++) {
                kept[i][k] = links[i][order[k]];
                p0[i][k] = chance[order[k]];
            }
        }
        return new Side(kept, otherPresent, p0);
    }

    /** Smoothed share of sentences in which each id is present. */
    private static double[] frequency(int[][] present, int space) {
        double[] frequency = new double[space];
        for (int[] ids : present) {
            for (int id : ids) {
                frequency[id]++;
            }
        }
        for (int id = 0; id < space; id++) {
            frequency[id] = (frequency[id] + 0.1) / (present.length + 1.0);
        }
        return frequency;
    }

    /**
     * Dense ids of the items of one document (0, 1, 2... in order of first sight), with primitive
     * loops: the streams this replaced boxed every id and kept a set per sentence, a good part of a
     * short document's preparation.
     */
    private static final class Ids {
        private final Map<String, Integer> ids = new HashMap<>();
        /** Per id, the last sentence (numbered from 1 across calls) that listed it: duplicates are dropped. */
        private int[] seenIn = new int[64];

        private int sentence;

        int size() {
            return ids.size();
        }

        private int idOf(String item) {
            Integer id = ids.get(item);
            if (id == null) {
                id = ids.size();
                ids.put(item, id);
                if (id == seenIn.length) {
                    seenIn = Arrays.copyOf(seenIn, 2 * id);
                }
            }
            return id;
        }

        /** Per sentence, the ids of its items, ascending, each once. */
        int[][] sortedDistinct(List<List<String>> sentences) {
            int[][] result = new int[sentences.size()][];
            for (int i = 0; i < result.length; i++) {
                int[] row = distinct(sentences.get(i));
                Arrays.sort(row);
                result[i] = row;
            }
            return result;
        }

        /** Per sentence, its distinct items in order of first appearance, each linked to its own id alone. */
        int[][][] singletonLinks(List<List<String>> sentences) {
            int[][][] result = new int[sentences.size()][][];
            for (int i = 0; i < result.length; i++) {
                int[] row = distinct(sentences.get(i));
                int[][] links = new int[row.length][];
                for (int k = 0; k < row.length; k++) {
                    links[k] = new int[] {row[k]};
                }
                result[i] = links;
            }
            return result;
        }

        /** The ids of the items, in order of first appearance, each once. */
        private int[] distinct(List<String> items) {
            sentence++;
            int[] row = new int[items.size()];
            int count = 0;
            for (String item : items) {
                int id = idOf(item);
                if (seenIn[id] != sentence) {
                    seenIn[id] = sentence;
                    row[count++] = id;
                }
            }
            return count == row.length ? row : Arrays.copyOf(row, count);
        }
    }

    Side source() {
        return source;
    }

    Side target() {
        return target;
    }

    /** Bits of the items of sentence {@code i} of {@code side} covered by sentence {@code j} of the other. */
    static long mask(Side side, int i, int j) {
        int[][] links = side.links[i];
        int[] present = side.present[j];
        long signature = side.signature[j];
        long mask = 0;
        if (present.length == 0) {
            return 0;
        }
        for (int k = 0; k < links.length; k++) {
            for (int id : links[k]) {
                // (1L << id) uses the low 6 bits of id: a clear bit proves the id absent
                if ((signature & (1L << id)) != 0 && Arrays.binarySearch(present, id) >= 0) {
                    mask |= 1L << k;
                    break;
                }
            }
        }
        return mask;
    }
}
