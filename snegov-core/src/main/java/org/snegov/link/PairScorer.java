package org.snegov.link;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores pairs of prepared records with a trained model, adding term-frequency adjustments on name and place
 * fields that agree (exactly, after transliteration or as feminine forms): log2(u_agree / tf), where tf is the
 * larger of the two values' frequencies (not below {@link ModelTrainer#MIN_TRAINING_RECORDS} records, where
 * frequencies mean little). Thread-safe.
 */
public final class PairScorer {

    private static final double MAX_TF_ADJUSTMENT = 8;
    private final RecordFeatures features;
    private final MatchModel model;
    private final double[] uAgree;
    /** Per name field, the share of present values starting with each letter ({@code a}–{@code z}); null otherwise. */
    private final double[][] initialShare;
    /** Per name field, the chance that two random values start with one letter: the sum of squared shares. */
    private final double[] initialAgree;
    private final int initialLevel = FieldKind.NAME.levels().indexOf(Level.INITIAL);

    PairScorer(RecordFeatures features, MatchModel model) {
        this.features = features;
        this.model = model;
        this.uAgree = new double[model.fields().size()];
        for (int f = 0; f < uAgree.length; f++) {
            uAgree[f] = model.u()[f][0];
            if (model.fields().get(f).kind() == FieldKind.NAME) {
                uAgree[f] += model.u()[f][1] + model.u()[f][2];
            }
        }
        this.initialShare = new double[uAgree.length][];
        this.initialAgree = new double[uAgree.length];
        for (int f = 0; f < uAgree.length; f++) {
            if (model.fields().get(f).kind() != FieldKind.NAME || f >= features.fields.length) {
                continue;
            }
            RecordFeatures.Field field = features.fields[f];
            double[] share = new double[26];
            int present = 0;
            for (int i = 0; i < features.size; i++) {
                int letter = letter(field, i);
                if (letter >= 0) {
                    share[letter]++;
                    present++;
                }
            }
            for (int l = 0; l < 26; l++) {
                share[l] = present == 0 ? 0 : share[l] / present;
                initialAgree[f] += share[l] * share[l];
            }
            initialShare[f] = share;
        }
    }

    /** The model. */
    public MatchModel model() {
        return model;
    }

    /** The prepared records. */
    public RecordFeatures features() {
        return features;
    }

    /** The total match weight of records {@code i} and {@code j} whose comparison vector is {@code pattern}. */
    double weight(int i, int j, long pattern) {
        double w = model.priorWeight();
        for (int f = 0; f < uAgree.length; f++) {
            int level = FieldComparator.level(pattern, f);
            w += model.weight(f, level) + tfAdjustment(f, level, i, j);
        }
        return w;
    }

    private static int letter(RecordFeatures.Field field, int i) {
        int v = field.value[i];
        if (v < 0 || field.latin[v].isEmpty()) {
            return -1;
        }
        char c = field.latin[v].charAt(0);
        return c >= 'a' && c <= 'z' ? c - 'a' : -1;
    }

    /**
     * An initial that agrees counts by how common its letter is: И. against Иван says less where a fifth of all
     * names start with И than where one in fifty does.
     */
    private double initialAdjustment(int f, int i, int j) {
        RecordFeatures.Field field = features.fields[f];
        int letter = letter(field, i);
        if (letter < 0 || letter != letter(field, j) || initialShare[f] == null || initialShare[f][letter] <= 0) {
            return 0;
        }
        double adjustment = MatchModel.log2(initialAgree[f] / initialShare[f][letter]);
        return Math.max(-MAX_TF_ADJUSTMENT, Math.min(MAX_TF_ADJUSTMENT, adjustment));
    }

    private double tfAdjustment(int f, int level, int i, int j) {
        FieldSpec spec = model.fields().get(f);
        if (spec.termFrequency() && spec.kind() == FieldKind.NAME && level == initialLevel
                && features.size >= ModelTrainer.MIN_TRAINING_RECORDS) {
            return initialAdjustment(f, i, j);
        }
        if (!spec.termFrequency() || features.size < ModelTrainer.MIN_TRAINING_RECORDS || level == FieldComparator.MISSING
                || level > (spec.kind() == FieldKind.NAME ? 2 : 0)) {
            return 0;
        }
        RecordFeatures.Field field = features.fields[f];
        double tf = Math.max(field.latinFrequency[field.value[i]], field.latinFrequency[field.value[j]]);
        if (tf <= 0) {
            return 0;
        }
        double adjustment = MatchModel.log2(uAgree[f] / tf);
        return Math.max(-MAX_TF_ADJUSTMENT, Math.min(MAX_TF_ADJUSTMENT, adjustment));
    }

    /** The match probability of a weight. */
    static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }

    /** The explanation of records {@code i} and {@code j} (any two, candidates or not). */
    public PairExplanation explain(int i, int j) {
        long pattern = FieldComparator.pattern(features, i, j);
        List<PairExplanation.FieldExplanation> out = new ArrayList<>();
        double total = model.priorWeight();
        for (int f = 0; f < uAgree.length; f++) {
            int level = FieldComparator.level(pattern, f);
            FieldSpec spec = model.fields().get(f);
            Level named = level == FieldComparator.MISSING ? Level.MISSING : spec.kind().levels().get(level);
            double w = model.weight(f, level);
            double tf = tfAdjustment(f, level, i, j);
            total += w + tf;
            out.add(new PairExplanation.FieldExplanation(spec.name(), value(i, f), value(j, f), named, w, tf));
        }
        return new PairExplanation(features.records.get(i).id(), features.records.get(j).id(), out,
                model.priorWeight(), total, probability(total));
    }

    private String value(int i, int f) {
        String v = features.records.get(i).value(f);
        return v == null ? "" : v;
    }
}
