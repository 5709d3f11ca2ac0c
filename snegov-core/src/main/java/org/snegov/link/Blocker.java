package org.snegov.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Proposes candidate pairs as the union of the settings' blocking rules and compares each candidate once: a pair
 * proposed by several rules is kept by the first only (so no pair set is needed), and blocks above the size limit
 * are skipped and reported. Runs blocks in parallel; the output does not depend on the thread count.
 */
final class Blocker {

    private static final int INDEX_BITS = 24;
    private static final long MISSING_KEY = 0L;

    /** The candidates of one run: compared pairs, pattern counts per rule and overall, and the report. */
    record Candidates(PairBuffer pairs, PatternCounts[] perRule, PatternCounts all, BlockingReport report) {
    }

    private Blocker() {
    }

    /**
     * Blocks and compares.
     *
     * @param focus when not null, only pairs with at least one record in focus are proposed (re-linking after an
     *              import)
     */
    static Candidates block(RecordFeatures features, boolean[] focus) {
        int n = features.size;
        if (n >= (1 << INDEX_BITS)) {
            throw new IllegalArgumentException(n + " records exceed one run's limit of " + (1 << INDEX_BITS));
        }
        List<BlockingRule> rules = features.settings.blocking();
        long[][] keys = new long[rules.size()][];
        IntStream.range(0, rules.size()).parallel().forEach(r -> keys[r] = keys(features, rules.get(r)));
        int maxBlock = features.settings.maxBlockSize();
        boolean acrossOnly = features.settings.sourcesDeduplicated() && features.sourceCount > 1;
        List<BlockingReport.RuleCount> counts = new ArrayList<>();
        List<PairBuffer> buffers = new ArrayList<>();
        PatternCounts[] perRule = new PatternCounts[rules.size()];
        PatternCounts all = new PatternCounts();
        for (int r = 0; r < rules.size(); r++) {
            perRule[r] = new PatternCounts();
        }
        java.util.BitSet[] skipped = new java.util.BitSet[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            long[] sorted = sortedKeys(keys[r]);
            int[] starts = groupStarts(sorted);
            final int rule = r;
            int chunks = Math.max(1, Math.min(256, starts.length / 64));
            List<Chunk> results = IntStream.range(0, chunks).parallel().mapToObj(c -> {
                Chunk chunk = new Chunk(rules.size());
                int from = (int) ((long) (starts.length - 1) * c / chunks);
                int to = (int) ((long) (starts.length - 1) * (c + 1) / chunks);
                for (int g = from; g < to; g++) {
                    blockPairs(features, keys, skipped, rule, sorted, starts[g], starts[g + 1], maxBlock, acrossOnly,
                            focus, chunk);
                }
                return chunk;
            }).toList();
            skipped[r] = new java.util.BitSet(n);
            long proposed = 0;
            long added = 0;
            long skippedBlocks = 0;
            long skippedPairs = 0;
            for (Chunk chunk : results) {
                proposed += chunk.proposed;
                added += chunk.pairs.size;
                skippedBlocks += chunk.skippedBlocks;
                skippedPairs += chunk.skippedPairs;
                for (int x = 0; x < chunk.skippedRanges.size(); x += 2) {
                    for (int y = chunk.skippedRanges.get(x); y < chunk.skippedRanges.get(x + 1); y++) {
                        skipped[r].set((int) (sorted[y] & ((1 << INDEX_BITS) - 1)));
                    }
                }
                buffers.add(chunk.pairs);
                for (int q = 0; q < rules.size(); q++) {
                    perRule[q].addAll(chunk.perRule[q]);
                }
                all.addAll(chunk.all);
            }
            counts.add(new BlockingReport.RuleCount(rules.get(r).toString(), proposed, added, skippedBlocks,
                    skippedPairs));
        }
        PairBuffer pairs = PairBuffer.concat(buffers);
        return new Candidates(pairs, perRule, all, new BlockingReport(counts, pairs.size, possiblePairs(features)));
    }

    /** Pairs a brute-force comparison would score: all pairs, or those across sources. */
    static long possiblePairs(RecordFeatures features) {
        long n = features.size;
        if (!(features.settings.sourcesDeduplicated() && features.sourceCount > 1)) {
            return n * (n - 1) / 2;
        }
        long[] perSource = new long[features.sourceCount];
        for (int s : features.source) {
            perSource[s]++;
        }
        long same = 0;
        for (long c : perSource) {
            same += c * (c - 1) / 2;
        }
        return n * (n - 1) / 2 - same;
    }

    private static final class Chunk {
        final PairBuffer pairs = new PairBuffer();
        final PatternCounts[] perRule;
        final PatternCounts all = new PatternCounts();
        long proposed;
        long skippedBlocks;
        long skippedPairs;
        final List<Integer> skippedRanges = new ArrayList<>();

        Chunk(int rules) {
            perRule = new PatternCounts[rules];
            for (int r = 0; r < rules; r++) {
                perRule[r] = new PatternCounts();
            }
        }
    }

    private static void blockPairs(RecordFeatures features, long[][] keys, java.util.BitSet[] skipped, int rule, long[] sorted, int from, int to,
                                   int maxBlock, boolean acrossOnly, boolean[] focus, Chunk chunk) {
        int size = to - from;
        if (size < 2) {
            return;
        }
        if (size > maxBlock) {
            chunk.skippedBlocks++;
            chunk.skippedPairs += (long) size * (size - 1) / 2;
            chunk.skippedRanges.add(from);
            chunk.skippedRanges.add(to);
            return;
        }
        int indexMask = (1 << INDEX_BITS) - 1;
        long[] own = keys[rule];
        for (int x = from; x < to; x++) {
            int i = (int) (sorted[x] & indexMask);
            for (int y = x + 1; y < to; y++) {
                int j = (int) (sorted[y] & indexMask);
                if (own[i] != own[j] || (acrossOnly && features.source[i] == features.source[j])
                        || (focus != null && !focus[i] && !focus[j])) {
                    continue;
                }
                chunk.proposed++;
                boolean earlier = false;
                for (int q = 0; q < rule && !earlier; q++) {
                    earlier = keys[q][i] != MISSING_KEY && keys[q][i] == keys[q][j] && !skipped[q].get(i);
                }
                if (earlier) {
                    continue;
                }
                long pattern = FieldComparator.pattern(features, i, j);
                chunk.pairs.add(i, j, pattern);
                chunk.all.add(pattern, 1);
                for (int q = rule; q < keys.length; q++) {
                    if (keys[q][i] != MISSING_KEY && keys[q][i] == keys[q][j]) {
                        chunk.perRule[q].add(pattern, 1);
                    }
                }
            }
        }
    }

    private static long[] sortedKeys(long[] keys) {
        int present = 0;
        for (long k : keys) {
            if (k != MISSING_KEY) {
                present++;
            }
        }
        long[] packed = new long[present];
        int p = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != MISSING_KEY) {
                packed[p++] = ((keys[i] >>> INDEX_BITS) << INDEX_BITS) | i;
            }
        }
        Arrays.parallelSort(packed);
        return packed;
    }

    /** Start offsets of runs of equal keys, plus the end: {@code starts[g]..starts[g+1]} is group g. */
    private static int[] groupStarts(long[] sorted) {
        int[] starts = new int[sorted.length + 1];
        int g = 0;
        for (int x = 0; x < sorted.length; x++) {
            if (x == 0 || (sorted[x] >>> INDEX_BITS) != (sorted[x - 1] >>> INDEX_BITS)) {
                starts[g++] = x;
            }
        }
        starts[g++] = sorted.length;
        return Arrays.copyOf(starts, g);
    }

    /** Each record's key under {@code rule}: a 64-bit hash, or {@link #MISSING_KEY} when a part is missing. */
    static long[] keys(RecordFeatures features, BlockingRule rule) {
        long[] out = new long[features.size];
        int[] fieldOf = rule.parts().stream().mapToInt(p -> features.settings.fieldIndex(p.field())).toArray();
        for (int i = 0; i < features.size; i++) {
            long h = 0xcbf29ce484222325L;
            boolean missing = false;
            for (int p = 0; p < fieldOf.length && !missing; p++) {
                String part = part(features, fieldOf[p], rule.parts().get(p).kind(), i);
                if (part == null || part.isEmpty()) {
                    missing = true;
                } else {
                    for (int c = 0; c < part.length(); c++) {
                        h = (h ^ part.charAt(c)) * 0x100000001b3L;
                    }
                    h = (h ^ 0x1f) * 0x100000001b3L;
                }
            }
            out[i] = missing ? MISSING_KEY : (h == MISSING_KEY ? 1 : h);
        }
        return out;
    }

    private static String part(RecordFeatures features, int f, KeyKind kind, int i) {
        if (!features.present(f, i)) {
            return null;
        }
        RecordFeatures.Field field = features.fields[f];
        int v = field.value[i];
        boolean date = field.spec.kind() == FieldKind.DATE;
        return switch (kind) {
            case EXACT -> field.written[v];
            case LATIN -> field.latin[v];
            case FOLDED -> field.folded[v];
            case SKELETON -> field.skeleton[v];
            case INITIAL -> field.latin[v].substring(0, 1);
            case PREFIX -> field.latin[v].substring(0, Math.min(4, field.latin[v].length()));
            case CANONICAL -> field.canonical[v];
            case SOUND -> field.sound == null ? field.latin[v] : field.sound[v];
            case GROUP -> {
                List<String> groups = features.groups(field, v);
                yield groups.isEmpty() ? field.latin[v] : groups.get(0);
            }
            case YEAR -> date ? Integer.toString(field.year[v]) : null;
            case YEAR_MONTH -> date && field.month[v] > 0 ? field.year[v] + "-" + field.month[v] : null;
            case MONTH_DAY -> date && field.day[v] > 0 ? field.month[v] + "-" + field.day[v] : null;
        };
    }
}
