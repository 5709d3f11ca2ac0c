package org.snegov.link;

import java.util.List;

/**
 * A trained Fellegi–Sunter model: the prior probability λ that two records match, and per field and level the
 * probabilities m (of the level among matches) and u (among non-matches). The match weight of a level is
 * log2(m/u); a missing value weighs 0.
 *
 * @param fields the settings' fields, in order
 * @param lambda the prior match probability of a random pair, in (0, 1)
 * @param m      per field, per level of its kind, in (0, 1]
 * @param u      per field, per level of its kind, in (0, 1]
 * @param trainedBy per field, the blocking rules whose EM estimated its m (empty: default m used)
 */
public record MatchModel(List<FieldSpec> fields, double lambda, double[][] m, double[][] u,
                         List<List<String>> trainedBy) {

    /** Weights are clamped to this magnitude so that one unseen level cannot decide a pair alone. */
    static final double MAX_WEIGHT = 12;

    public MatchModel {
        fields = List.copyOf(fields);
        trainedBy = trainedBy.stream().map(List::copyOf).toList();
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("lambda " + lambda + " is outside (0, 1)");
        }
        if (m.length != fields.size() || u.length != fields.size()) {
            throw new IllegalArgumentException("m and u need one row per field");
        }
    }

    /** The prior weight log2(λ / (1 - λ)). */
    public double priorWeight() {
        return log2(lambda / (1 - lambda));
    }

    /** The weight of level code {@code level} of field {@code f}; 0 for {@link FieldComparator#MISSING}. */
    public double weight(int f, int level) {
        if (level == FieldComparator.MISSING) {
            return 0;
        }
        return Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, log2(m[f][level] / u[f][level])));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
