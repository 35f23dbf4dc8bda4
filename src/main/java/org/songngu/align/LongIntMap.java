package org.songngu.align;

import java.util.Arrays;

/**
 * Open-addressing map from {@code long} keys to dense {@code int} ids (0, 1, 2... in insertion order),
 * without boxing: IBM Model 1 keys every co-occurring word pair. {@link Long#MIN_VALUE} marks an
 * empty slot and cannot be a key. Not thread-safe.
 */
final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap() {
        this(512);
    }

    /** @param expected keys expected: room for them is made at once instead of by repeated growth */
    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(512, expected) * 2 - 1) * 2;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    /** The id of {@code key}, given the next id when new. */
    int idOf(long key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("Long.MIN_VALUE cannot be a key");
        }
        int slot = find(key);
        if (keys[slot] == EMPTY) {
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
        return keys[slot] == EMPTY || key == EMPTY ? -1 : values[slot];
    }

    /** Keys in id order. */
    long[] keysById() {
        long[] byId = new long[size];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                byId[values[slot]] = keys[slot];
            }
        }
        return byId;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
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
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] != EMPTY) {
                int target = find(oldKeys[slot]);
                keys[target] = oldKeys[slot];
                values[target] = oldValues[slot];
            }
        }
    }
}
