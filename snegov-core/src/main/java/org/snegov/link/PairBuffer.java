package org.snegov.link;

import java.util.Arrays;

/** A growable list of compared pairs: record indices and packed comparison vectors. Not thread-safe. */
final class PairBuffer {

    int[] left = new int[1024];
    int[] right = new int[1024];
    long[] pattern = new long[1024];
    int size;

    void add(int i, int j, long p) {
        if (size == left.length) {
            int grown = Math.max(1024, (int) Math.min(Integer.MAX_VALUE - 8, size * 3L / 2));
            left = Arrays.copyOf(left, grown);
            right = Arrays.copyOf(right, grown);
            pattern = Arrays.copyOf(pattern, grown);
        }
        left[size] = i;
        right[size] = j;
        pattern[size] = p;
        size++;
    }

    /** All buffers' pairs in one. */
    static PairBuffer concat(java.util.List<PairBuffer> parts) {
        long total = parts.stream().mapToLong(p -> p.size).sum();
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(total + " candidate pairs exceed what one run holds; block tighter");
        }
        PairBuffer out = new PairBuffer();
        out.left = new int[(int) total];
        out.right = new int[(int) total];
        out.pattern = new long[(int) total];
        for (PairBuffer p : parts) {
            System.arraycopy(p.left, 0, out.left, out.size, p.size);
            System.arraycopy(p.right, 0, out.right, out.size, p.size);
            System.arraycopy(p.pattern, 0, out.pattern, out.size, p.size);
            out.size += p.size;
        }
        return out;
    }
}
