package org.snegov.link;

import java.util.Arrays;
import java.util.List;

/**
 * Groups linked pairs into clusters, strongest link first, with three guards: human {@code same} decisions merge
 * first and unconditionally; a {@code different} decision is never overridden; and two clusters merge only when
 * enough of the record pairs between them are links themselves (the link density) and the mean match probability
 * of all pairs between them, scored afresh, reaches the average-linkage bar, so that one weak link cannot chain
 * two clusters and a cluster does not gather records that contradict each other. When sources are deduplicated,
 * a cluster holds at most one record per source.
 */
final class Clusterer {

    /** Scores any two records: the match probability. */
    interface PairProbability {
        double of(int i, int j);
    }

    /** Above this many cross pairs the average-linkage check is skipped (link density still applies). */
    private static final int MAX_CHECKED_PAIRS = 2_500;

    private PairProbability probability;
    private double averageBar;
    private double linkBar = 2;

    private final int[] parent;
    private final int[] size;
    private final int[] next;
    private final long[] sourceMask;
    private final int[][] cannot;
    private final int[] adjacencyStart;
    private final int[] adjacency;

    private Clusterer(int n, int[] left, int[] right, int edges, int[] source, boolean oneRecordPerSource,
                      List<int[]> different) {
        parent = new int[n];
        size = new int[n];
        next = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            next[i] = i;
        }
        if (oneRecordPerSource && Arrays.stream(source).max().orElse(0) < 64) {
            sourceMask = new long[n];
            for (int i = 0; i < n; i++) {
                sourceMask[i] = 1L << source[i];
            }
        } else {
            sourceMask = null;
        }
        int[] cannotCount = new int[n];
        different.forEach(p -> {
            cannotCount[p[0]]++;
            cannotCount[p[1]]++;
        });
        cannot = new int[n][];
        for (int[] p : different) {
            add(p[0], p[1], cannotCount);
            add(p[1], p[0], cannotCount);
        }
        adjacencyStart = new int[n + 1];
        for (int e = 0; e < edges; e++) {
            adjacencyStart[left[e] + 1]++;
            adjacencyStart[right[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            adjacencyStart[i + 1] += adjacencyStart[i];
        }
        adjacency = new int[adjacencyStart[n]];
        int[] fill = Arrays.copyOf(adjacencyStart, n);
        for (int e = 0; e < edges; e++) {
            adjacency[fill[left[e]]++] = right[e];
            adjacency[fill[right[e]]++] = left[e];
        }
    }

    private void add(int from, int to, int[] count) {
        if (cannot[from] == null) {
            cannot[from] = new int[count[from]];
            count[from] = 0;
        }
        cannot[from][count[from]++] = to;
    }

    /**
     * Clusters {@code n} records.
     *
     * @param left     the links' first records, strongest link first
     * @param right    the links' second records
     * @param edges    how many links
     * @param same     human same-decisions as record index pairs
     * @param different human different-decisions as record index pairs
     * @param kept     groupings of an earlier run to keep unless a different-decision splits them
     * @param probability scores any two records, for the average-linkage check; null to skip it
     * @param averageBar the mean match probability two clusters' record pairs need to merge
     * @return each record's cluster number, numbered in order of each cluster's first record
     */
    static int[] cluster(int n, int[] left, int[] right, int edges, int[] source, boolean oneRecordPerSource,
                         double linkDensity, List<int[]> same, List<int[]> different, List<int[]> kept,
                         PairProbability probability, double averageBar) {
        return cluster(n, left, right, edges, source, oneRecordPerSource, linkDensity, same, different, kept,
                probability, averageBar, 2);
    }

    /**
     * As above; in addition, when {@code probability} is given and the two clusters are small enough to score every
     * pair between them, a pair blocking did not propose but that scores at least {@code linkBar} afresh counts
     * towards the link density as a link (a record in Latin letters and one in Cyrillic often share no cheap
     * blocking key, though they are the same person).
     */
    static int[] cluster(int n, int[] left, int[] right, int edges, int[] source, boolean oneRecordPerSource,
                         double linkDensity, List<int[]> same, List<int[]> different, List<int[]> kept,
                         PairProbability probability, double averageBar, double linkBar) {
        Clusterer c = new Clusterer(n, left, right, edges, source, oneRecordPerSource, different);
        c.probability = probability;
        c.averageBar = averageBar;
        c.linkBar = linkBar;
        for (int[] p : same) {
            c.merge(p[0], p[1], -1, false);
        }
        for (int[] p : kept) {
            c.merge(p[0], p[1], -1, false);
        }
        for (int e = 0; e < edges; e++) {
            c.merge(left[e], right[e], linkDensity, true);
        }
        int[] out = new int[n];
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int clusters = 0;
        for (int i = 0; i < n; i++) {
            int root = c.find(i);
            if (number[root] < 0) {
                number[root] = clusters++;
            }
            out[i] = number[root];
        }
        return out;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void merge(int i, int j, double density, boolean guarded) {
        int a = find(i);
        int b = find(j);
        if (a == b || conflicts(a, b)) {
            return;
        }
        if (guarded) {
            if (sourceMask != null && (sourceMask[a] & sourceMask[b]) != 0) {
                return;
            }
            if (size[a] > 1 || size[b] > 1) {
                int small = size[a] <= size[b] ? a : b;
                int other = small == a ? b : a;
                long needed = (long) Math.ceil(density * size[a] * size[b]);
                if ((crossLinks(small, other) < needed && freshLinks(small, other) < needed)
                        || meanProbability(small, other) < averageBar) {
                    return;
                }
            }
        }
        if (size[a] < size[b]) {
            int t = a;
            a = b;
            b = t;
        }
        parent[b] = a;
        size[a] += size[b];
        if (sourceMask != null) {
            sourceMask[a] |= sourceMask[b];
        }
        int t = next[a];
        next[a] = next[b];
        next[b] = t;
    }

    private long crossLinks(int small, int other) {
        long links = 0;
        int x = small;
        do {
            for (int k = adjacencyStart[x]; k < adjacencyStart[x + 1]; k++) {
                if (find(adjacency[k]) == other) {
                    links++;
                }
            }
            x = next[x];
        } while (x != small);
        return links;
    }

    private long freshLinks(int a, int b) {
        if (probability == null || linkBar > 1 || (long) size[a] * size[b] > MAX_CHECKED_PAIRS) {
            return 0;
        }
        long links = 0;
        int x = a;
        do {
            int y = b;
            do {
                if (probability.of(x, y) >= linkBar) {
                    links++;
                }
                y = next[y];
            } while (y != b);
            x = next[x];
        } while (x != a);
        return links;
    }

    private double meanProbability(int a, int b) {
        if (probability == null || (long) size[a] * size[b] > MAX_CHECKED_PAIRS) {
            return 1;
        }
        double sum = 0;
        int x = a;
        do {
            int y = b;
            do {
                sum += probability.of(x, y);
                y = next[y];
            } while (y != b);
            x = next[x];
        } while (x != a);
        return sum / ((double) size[a] * size[b]);
    }

    private boolean conflicts(int a, int b) {
        int small = size[a] <= size[b] ? a : b;
        int other = small == a ? b : a;
        int x = small;
        do {
            if (cannot[x] != null) {
                for (int y : cannot[x]) {
                    if (find(y) == other) {
                        return true;
                    }
                }
            }
            x = next[x];
        } while (x != small);
        return false;
    }
}
