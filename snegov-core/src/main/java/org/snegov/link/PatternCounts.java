package org.snegov.link;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Counts of comparison vectors (packed patterns), an open-addressing map from a non-negative long to a count.
 * Not thread-safe; merge per-thread instances with {@link #addAll}.
 */
final class PatternCounts {

    private static final long EMPTY = -1L;
    private long[] keys = new long[256];
    private long[] counts = new long[256];
    private int size;

    PatternCounts() {
        Arrays.fill(keys, EMPTY);
    }

    void add(long key, long count) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        counts[slot] += count;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    void addAll(PatternCounts other) {
        other.forEach((k, c) -> add(k, c));
    }

    void forEach(BiConsumer<Long, Long> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                action.accept(keys[i], counts[i]);
            }
        }
    }

    long total() {
        long t = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                t += counts[i];
            }
        }
        return t;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldCounts[i]);
            }
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
