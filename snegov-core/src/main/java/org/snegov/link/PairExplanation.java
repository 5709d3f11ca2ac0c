package org.snegov.link;

import java.util.List;

/**
 * Why a pair scored what it did: per field the two values, the level and its weight (with the term-frequency
 * adjustment apart), the prior weight and the total.
 *
 * @param left        the first record's id
 * @param right       the second record's id
 * @param fields      one entry per settings field, in order
 * @param priorWeight log2(λ / (1 - λ))
 * @param totalWeight the prior plus every field's weight and adjustment
 * @param probability the match probability, 2^w / (1 + 2^w)
 */
public record PairExplanation(String left, String right, List<FieldExplanation> fields, double priorWeight,
                              double totalWeight, double probability) {

    public PairExplanation {
        fields = List.copyOf(fields);
    }

    /**
     * One field of a pair.
     *
     * @param field        the field's name
     * @param leftValue    the first record's value, or empty
     * @param rightValue   the second record's value, or empty
     * @param level        how they agree ({@link Level#MISSING} when either is missing)
     * @param weight       log2(m/u) of the level, 0 when missing
     * @param tfAdjustment the term-frequency adjustment (positive for a rare shared value), 0 if none applies
     */
    public record FieldExplanation(String field, String leftValue, String rightValue, Level level, double weight,
                                   double tfAdjustment) {
    }

    /** A multi-line, human-readable rendering. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(java.util.Locale.ROOT, "%s  vs  %s%n", left, right));
        b.append(String.format(java.util.Locale.ROOT, "  %-14s %-24s %-24s %-20s %7s %6s%n", "field", "left", "right",
                "level", "weight", "tf"));
        for (FieldExplanation f : fields) {
            b.append(String.format(java.util.Locale.ROOT, "  %-14s %-24s %-24s %-20s %+7.2f %+6.2f%n", f.field(),
                    f.leftValue(), f.rightValue(), f.level().name().toLowerCase(java.util.Locale.ROOT), f.weight(),
                    f.tfAdjustment()));
        }
        b.append(String.format(java.util.Locale.ROOT, "  %-14s %+7.2f%n", "prior", priorWeight));
        b.append(String.format(java.util.Locale.ROOT, "  total weight %+.2f, match probability %.4f%n", totalWeight,
                probability));
        return b.toString();
    }
}
