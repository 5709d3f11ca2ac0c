package org.snegov.eval;

/**
 * Match counts and the figures made from them.
 *
 * @param matched   predicted items matched to gold items, {@code <= min(predicted, gold)}
 * @param predicted predicted items
 * @param gold      gold items
 */
public record Counts(int matched, int predicted, int gold) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(matched + o.matched, predicted + o.predicted, gold + o.gold);
    }

    /** matched / predicted; 1 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 1.0 : (double) matched / predicted;
    }

    /** matched / gold; 1 when there is nothing to find. */
    public double recall() {
        return gold == 0 ? 1.0 : (double) matched / gold;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** {@code P 0.923 R 0.857 F1 0.889 (12/13 pred, 12/14 gold)}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d/%d pred, %d/%d gold)",
                precision(), recall(), f1(), matched, predicted, matched, gold);
    }
}
