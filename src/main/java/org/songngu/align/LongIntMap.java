package org.songngu.align;

import java.util.Arrays;

/**
 * Open-addressing map from {@code long} keys to dense {@code int} ids (0, 1, 2... in insertion order),
 * without boxing: IBM Model 1 keys every co-occurring word pair. Not thread-safe.
 */
final class LongIntMap {

    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongIntMap() {
        this(512);
    }

    /** @param expected keys expected: room for them is made at once instead of by repeated growth */
    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(512, expected) * 2 - 1) * 2;
        keys = new long[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
    }

    int size() {
        return size;
    }

    /** The id of {@code key}, given the next id when new. */
    int idOf(long key) {
        int slot = find(key);
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = key;
            values[slot] = size++;
            if (size * 2 > keys.length) {
                grow();
            }
            return size - 1;
        }
        return values[slot];
    }

    /** The id of {@code key}, or -1. */
    int get(long key) {
        int slot = find(key);
        return used[slot] ? values[slot] : -1;
    }

    /** Keys in id order. */
    long[] keysById() {
        long[] byId = new long[size];
        for (int slot = 0; slot < keys.length; slot++) {
            if (used[slot]) {
                byId[values[slot]] = keys[slot];
            }
        }
        return byId;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldUsed[slot]) {
                int target = find(oldKeys[slot]);
                used[target] = true;
                keys[target] = oldKeys[slot];
                values[target] = oldValues[slot];
            }
        }
    }
}
