package org.snegov.link;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains a {@link MatchModel} the Splink way: λ from the pairs a strict deterministic rule accepts (divided by its
 * assumed recall), u from random pairs, and m by expectation–maximisation on each blocking rule's pairs with that
 * rule's own fields left out (they agree by construction, so EM would learn nothing true about them); a field's m
 * is the mean over the rules that trained it.
 */
final class ModelTrainer {

    private static final int ITERATIONS = 30;
    private static final int PHONETIC_SAMPLE = 200;
    /** Below this many records EM has too little to learn from, and a prior model is used. */
    static final int MIN_TRAINING_RECORDS = 1000;

    private ModelTrainer() {
    }

    static MatchModel train(RecordFeatures features, Blocker.Candidates candidates) {
        LinkSettings settings = features.settings;
        int fieldCount = settings.fields().size();
        if (features.size < MIN_TRAINING_RECORDS) {
            return priorModel(settings);
        }
        double[][] u = estimateU(features);
        double lambda = estimateLambda(features, candidates);
        double[][] mSum = new double[fieldCount][];
        int[] trained = new int[fieldCount];
        List<List<String>> trainedBy = new ArrayList<>();
        for (int f = 0; f < fieldCount; f++) {
            mSum[f] = new double[levels(settings, f)];
            trainedBy.add(new ArrayList<>());
        }
        long matchesExpected = Math.max(1, Math.round(lambda * Blocker.possiblePairs(features)));
        for (int r = 0; r < settings.blocking().size(); r++) {
            BlockingRule rule = settings.blocking().get(r);
            boolean[] fixed = new boolean[fieldCount];
            rule.parts().forEach(p -> fixed[settings.fieldIndex(p.field())] = true);
            PatternCounts counts = candidates.perRule()[r];
            long total = counts.total();
            if (total == 0) {
                continue;
            }
            double start = Math.min(0.5, (double) matchesExpected / total);
            double[][] m = em(counts, total, fixed, u, settings, start, false);
            takeDisagreementFrom(m, em(counts, total, fixed, u, settings, start, true), fixed);
            for (int f = 0; f < fieldCount; f++) {
                if (!fixed[f] && m[f] != null) {
                    for (int l = 0; l < m[f].length; l++) {
                        mSum[f][l] += m[f][l];
                    }
                    trained[f]++;
                    ((List<String>) trainedBy.get(f)).add(rule.toString());
                }
            }
        }
        double[][] m = new double[fieldCount][];
        for (int f = 0; f < fieldCount; f++) {
            if (trained[f] == 0) {
                m[f] = defaultM(levels(settings, f));
            } else {
                m[f] = new double[mSum[f].length];
                for (int l = 0; l < m[f].length; l++) {
                    m[f][l] = Math.max(1e-6, mSum[f][l] / trained[f]);
                }
            }
        }
        return new MatchModel(settings.fields(), refineLambda(candidates.all(), lambda, m, u, features), m, u,
                trainedBy);
    }

    /**
     * Refines λ by EM over all candidate pairs with m and u held: the expected number of matches among the
     * candidates, over all possible pairs. The deterministic estimate is only the start: a strict rule's recall is a
     * guess, and where every duplicate carries an error (RLdata) it finds almost none.
     */
    static double refineLambda(PatternCounts all, double start, double[][] m, double[][] u, RecordFeatures features) {
        long candidates = all.total();
        double possible = Math.max(1, Blocker.possiblePairs(features));
        if (candidates == 0) {
            return start;
        }
        double[] share = {Math.min(0.5, Math.max(1e-9, start * possible / candidates))};
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] matches = new double[1];
            double now = share[0];
            all.forEach((pattern, count) -> {
                double lm = Math.log(now);
                double lu = Math.log(1 - now);
                for (int f = 0; f < m.length; f++) {
                    int level = FieldComparator.level(pattern, f);
                    if (level != FieldComparator.MISSING) {
                        lm += Math.log(m[f][level]);
                        lu += Math.log(u[f][level]);
                    }
                }
                matches[0] += count / (1 + Math.exp(lu - lm));
            });
            share[0] = Math.min(0.999, Math.max(1e-9, matches[0] / candidates));
        }
        return Math.min(0.5, Math.max(1e-12, share[0] * candidates / possible));
    }

    private static int levels(LinkSettings settings, int f) {
        return settings.fields().get(f).kind().levels().size();
    }

    /** Level frequencies among random pairs (across sources when sources are deduplicated), smoothed. */
    static double[][] estimateU(RecordFeatures features) {
        LinkSettings settings = features.settings;
        int n = features.size;
        int fieldCount = settings.fields().size();
        long[][] counts = new long[fieldCount][];
        for (int f = 0; f < fieldCount; f++) {
            counts[f] = new long[levels(settings, f)];
        }
        boolean acrossOnly = settings.sourcesDeduplicated() && features.sourceCount > 1;
        SplittableRandom random = new SplittableRandom(settings.seed());
        long possible = Blocker.possiblePairs(features);
        int samples = (int) Math.min(settings.randomPairs(), Math.max(0, possible));
        int phoneticLevel = FieldKind.NAME.levels().indexOf(Level.PHONETIC);
        int otherLevel = FieldKind.NAME.levels().indexOf(Level.OTHER);
        // Two halves with their own random streams, so the result is the same whatever the thread count.
        SplittableRandom second = random.split();
        java.util.List<long[][]> halves = java.util.stream.IntStream.range(0, 2).parallel().mapToObj(h -> {
            SplittableRandom r = h == 0 ? random : second;
            long[][] c = new long[fieldCount][];
            for (int f = 0; f < fieldCount; f++) {
                c[f] = new long[levels(settings, f)];
            }
            int[][] undecided = new int[fieldCount][2 * PHONETIC_SAMPLE];
            long[] undecidedCount = new long[fieldCount];
            int drawn = 0;
            int half = samples / 2 + (h == 0 ? samples % 2 : 0);
            for (long attempt = 0; drawn < half && attempt < half * 20L && n > 1; attempt++) {
                int i = r.nextInt(n);
                int j = r.nextInt(n);
                if (i == j || (acrossOnly && features.source[i] == features.source[j])) {
                    continue;
                }
                drawn++;
                for (int f = 0; f < fieldCount; f++) {
                    int level = FieldComparator.compare(features, f, i, j, false);
                    if (level == phoneticLevel && settings.fields().get(f).kind() == FieldKind.NAME) {
                        long seen = undecidedCount[f]++;
                        long slot = seen < PHONETIC_SAMPLE ? seen : r.nextLong(seen + 1);
                        if (slot < PHONETIC_SAMPLE) {
                            undecided[f][2 * (int) slot] = i;
                            undecided[f][2 * (int) slot + 1] = j;
                        }
                    } else if (level != FieldComparator.MISSING) {
                        c[f][level]++;
                    }
                }
            }
            // Beider-Morse is slow: decide a reservoir sample of the undecided pairs and extrapolate the share.
            for (int f = 0; f < fieldCount; f++) {
                if (undecidedCount[f] == 0) {
                    continue;
                }
                int sample = (int) Math.min(PHONETIC_SAMPLE, undecidedCount[f]);
                int alike = 0;
                for (int s = 0; s < sample; s++) {
                    if (FieldComparator.compare(features, f, undecided[f][2 * s], undecided[f][2 * s + 1])
                            == phoneticLevel) {
                        alike++;
                    }
                }
                long phoneticPairs = Math.round((double) alike / sample * undecidedCount[f]);
                c[f][phoneticLevel] += phoneticPairs;
                c[f][otherLevel] += undecidedCount[f] - phoneticPairs;
            }
            return c;
        }).toList();
        for (long[][] h : halves) {
            for (int f = 0; f < fieldCount; f++) {
                for (int l = 0; l < counts[f].length; l++) {
                    counts[f][l] += h[f][l];
                }
            }
        }
        double[][] u = new double[fieldCount][];
        for (int f = 0; f < fieldCount; f++) {
            long sum = 0;
            for (long c : counts[f]) {
                sum += c;
            }
            u[f] = new double[counts[f].length];
            for (int l = 0; l < u[f].length; l++) {
                u[f][l] = (counts[f][l] + 0.5) / (sum + 0.5 * u[f].length);
            }
        }
        return u;
    }

    /** λ: pairs the strict rules accept, over their assumed recall, over all possible pairs. */
    static double estimateLambda(RecordFeatures features, Blocker.Candidates candidates) {
        LinkSettings settings = features.settings;
        List<int[]> rules = settings.deterministicRules().stream()
                .map(r -> r.stream().mapToInt(settings::fieldIndex).toArray()).toList();
        long[] accepted = new long[1];
        candidates.all().forEach((pattern, count) -> {
            for (int[] rule : rules) {
                boolean all = true;
                for (int f : rule) {
                    int level = FieldComparator.level(pattern, f);
                    all &= level == 0 || (level == 1 && settings.fields().get(f).kind() == FieldKind.NAME);
                }
                if (all) {
                    accepted[0] += count;
                    return;
                }
            }
        });
        double possible = Math.max(1, Blocker.possiblePairs(features));
        double lambda = accepted[0] / settings.deterministicRecall() / possible;
        return Math.min(0.5, Math.max(1e-9, lambda));
    }

    /**
     * Replaces each free field's m of {@link Level#OTHER} (outright disagreement) by the smaller estimate of an EM
     * whose non-matches have their own level distribution in the rule's blocks, rescaling the other levels. A rule's
     * blocks gather near namesakes and relatives (same surname and given name, same father, same town), which agree
     * on the free fields far more often than random pairs do; an EM that scores them with random-pair u takes them
     * for matches, and they teach it that matches often disagree outright on the one field that tells them apart (the
     * birth year), which makes that disagreement cheap. Only the disagreement level is taken from the second EM: its
     * free u also absorbs whole kinds of agreement (initials on archive cards) that are matches.
     */
    static void takeDisagreementFrom(double[][] m, double[][] near, boolean[] fixed) {
        for (int f = 0; f < m.length; f++) {
            if (fixed[f] || m[f] == null || near[f] == null) {
                continue;
            }
            int other = m[f].length - 1;
            double disagreement = Math.min(m[f][other], near[f][other]);
            double scale = (1 - disagreement) / (1 - m[f][other]);
            for (int l = 0; l < other; l++) {
                m[f][l] *= scale;
            }
            m[f][other] = disagreement;
        }
    }

    /**
     * EM for m on one rule's pattern counts, the fixed fields left out.
     *
     * @param perRuleU false: u held at the random-pair estimate; true: the non-match level distribution of the free
     *                 fields is re-estimated in the rule's blocks too (starting from, and smoothed towards, u)
     */
    private static double[][] em(PatternCounts counts, long total, boolean[] fixed, double[][] u,
                                 LinkSettings settings, double lambdaStart, boolean perRuleU) {
        int fieldCount = fixed.length;
        double[][] m = new double[fieldCount][];
        for (int f = 0; f < fieldCount; f++) {
            if (!fixed[f]) {
                m[f] = defaultM(levels(settings, f));
            }
        }
        double[] lambda = {Math.max(1e-6, lambdaStart)};
        double[][] uRule = new double[fieldCount][];
        for (int f = 0; f < fieldCount; f++) {
            uRule[f] = u[f].clone();
        }
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] num = new double[fieldCount][];
            double[][] numU = new double[fieldCount][];
            for (int f = 0; f < fieldCount; f++) {
                num[f] = fixed[f] ? null : new double[m[f].length];
                numU[f] = fixed[f] ? null : new double[m[f].length];
            }
            double[][] uNow = uRule;
            double[] matches = new double[1];
            double[][] mNow = m;
            double lambdaNow = lambda[0];
            counts.forEach((pattern, count) -> {
                double lm = Math.log(lambdaNow);
                double lu = Math.log(1 - lambdaNow);
                for (int f = 0; f < fieldCount; f++) {
                    int level = FieldComparator.level(pattern, f);
                    if (fixed[f] || level == FieldComparator.MISSING) {
                        continue;
                    }
                    lm += Math.log(mNow[f][level]);
                    lu += Math.log(uNow[f][level]);
                }
                double posterior = 1 / (1 + Math.exp(lu - lm));
                double weighted = posterior * count;
                matches[0] += weighted;
                for (int f = 0; f < fieldCount; f++) {
                    int level = FieldComparator.level(pattern, f);
                    if (!fixed[f] && level != FieldComparator.MISSING) {
                        num[f][level] += weighted;
                        numU[f][level] += count - weighted;
                    }
                }
            });
            double[][] next = new double[fieldCount][];
            for (int f = 0; f < fieldCount; f++) {
                if (fixed[f]) {
                    continue;
                }
                double sum = 0;
                for (double v : num[f]) {
                    sum += v;
                }
                next[f] = new double[num[f].length];
                for (int l = 0; l < next[f].length; l++) {
                    next[f][l] = (num[f][l] + 1e-3) / (sum + 1e-3 * next[f].length);
                }
            }
            m = next;
            if (perRuleU) {
                double[][] nextU = new double[fieldCount][];
                for (int f = 0; f < fieldCount; f++) {
                    if (fixed[f]) {
                        nextU[f] = u[f];
                        continue;
                    }
                    double sum = 0;
                    for (double v : numU[f]) {
                        sum += v;
                    }
                    nextU[f] = new double[numU[f].length];
                    for (int l = 0; l < nextU[f].length; l++) {
                        nextU[f][l] = (numU[f][l] + u[f][l]) / (sum + 1);
                    }
                }
                uRule = nextU;
            }
            lambda[0] = Math.min(0.999, Math.max(1e-9, matches[0] / total));
        }
        return m;
    }

    /**
     * The model for batches too small to train on: m and u values typical of person lists
     * (exact agreement on a name about 1 in 200 random pairs, on a full date about 1 in 500), λ = 10^-4.
     */
    static MatchModel priorModel(LinkSettings settings) {
        int fieldCount = settings.fields().size();
        double[][] m = new double[fieldCount][];
        double[][] u = new double[fieldCount][];
        List<List<String>> trainedBy = new ArrayList<>();
        for (int f = 0; f < fieldCount; f++) {
            FieldKind kind = settings.fields().get(f).kind();
            m[f] = switch (kind) {
                case NAME -> new double[] {0.54, 0.18, 0.03, 0.05, 0.03, 0.05, 0.03, 0.01, 0.01, 0.05, 0.02};
                case DATE -> new double[] {0.5, 0.25, 0.05, 0.02, 0.03, 0.1, 0.05};
                case PLACE -> new double[] {0.7, 0.1, 0.05, 0.05, 0.1};
                case STRING -> new double[] {0.8, 0.08, 0.05, 0.07};
            };
            u[f] = switch (kind) {
                case NAME -> new double[] {0.005, 0.005, 0.002, 0.003, 0.002, 0.004, 0.01, 0.002, 0.01, 0.03, 0.927};
                case DATE -> new double[] {0.002, 0.01, 0.01, 0.003, 0.02, 0.04, 0.915};
                case PLACE -> new double[] {0.03, 0.005, 0.02, 0.01, 0.935};
                case STRING -> new double[] {0.01, 0.005, 0.01, 0.975};
            };
            trainedBy.add(List.of());
        }
        return new MatchModel(settings.fields(), 1e-4, m, u, trainedBy);
    }

    /** A starting m: most matches agree exactly, fewer at each weaker level. */
    static double[] defaultM(int levels) {
        double[] m = new double[levels];
        double sum = 0;
        for (int l = 0; l < levels; l++) {
            m[l] = l == 0 ? 0.7 : 0.3 * Math.pow(0.5, l);
            sum += m[l];
        }
        for (int l = 0; l < levels; l++) {
            m[l] /= sum;
        }
        return m;
    }
}
