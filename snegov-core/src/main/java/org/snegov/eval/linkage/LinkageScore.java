package org.snegov.eval.linkage;

import java.util.Locale;

/**
 * How predicted clusters compare with true ones.
 *
 * @param records        records scored (those of the truth)
 * @param truePairs      pairs of records in one true cluster
 * @param predictedPairs pairs of records in one predicted cluster
 * @param correctPairs   pairs in both
 * @param bcubedPrecision mean over records of |predicted ∩ true cluster| / |predicted cluster|
 * @param bcubedRecall   mean over records of |predicted ∩ true cluster| / |true cluster|
 */
public record LinkageScore(long records, long truePairs, long predictedPairs, long correctPairs,
                           double bcubedPrecision, double bcubedRecall) {

    public double pairPrecision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double pairRecall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    public double pairF1() {
        return f1(pairPrecision(), pairRecall());
    }

    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Two lines: pairwise and B-cubed precision, recall and F1. */
    public String render() {
        return String.format(Locale.ROOT, "records %d, true pairs %d, predicted pairs %d, correct pairs %d%n"
                        + "pairwise  precision %.4f  recall %.4f  F1 %.4f%n"
                        + "b-cubed   precision %.4f  recall %.4f  F1 %.4f",
                records, truePairs, predictedPairs, correctPairs, pairPrecision(), pairRecall(), pairF1(),
                bcubedPrecision, bcubedRecall, bcubedF1());
    }
}
