package org.snegov.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything that configures a linkage run; the settings JSON files of {@code bench/linkage/} map onto this.
 *
 * @param fields               the compared fields; a {@link LinkRecord}'s values are in this order
 * @param blocking             candidate pairs are the union of these rules' pairs; each also trains the model
 *                             (EM with the rule's own fields left out)
 * @param deterministicRules   strict rules (lists of fields that must all agree exactly or after transliteration)
 *                             whose pair count fixes the prior probability λ of a match
 * @param deterministicRecall  the share of true matches the strict rules are assumed to find, in (0, 1]
 * @param matchThreshold       match probability from which a pair is linked, in (0, 1)
 * @param reviewThreshold      match probability from which a pair below {@code matchThreshold} is listed for
 *                             review, at most {@code matchThreshold}
 * @param sourcesDeduplicated  each source holds a person at most once: only pairs across sources are compared
 *                             and a cluster takes at most one record per source
 * @param maxBlockSize         blocks larger than this are skipped (and counted in the report)
 * @param randomPairs          how many random pairs estimate the u probabilities
 * @param linkDensity          chaining guard: two clusters merge only when at least this share of the record
 *                             pairs between them score above {@code matchThreshold}, in [0, 1]
 * @param seed                 the seed for random-pair sampling, so that runs repeat exactly
 */
public record LinkSettings(List<FieldSpec> fields, List<BlockingRule> blocking, List<List<String>> deterministicRules,
                           double deterministicRecall, double matchThreshold, double reviewThreshold,
                           boolean sourcesDeduplicated, int maxBlockSize, int randomPairs, double linkDensity,
                           long seed) {

    /** At most this many fields fit the packed comparison vector (4 bits each). */
    public static final int MAX_FIELDS = 15;

    public LinkSettings {
        fields = List.copyOf(fields);
        blocking = List.copyOf(blocking);
        deterministicRules = deterministicRules.stream().map(List::copyOf).toList();
        if (fields.isEmpty() || fields.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("settings need 1 to " + MAX_FIELDS + " fields, not " + fields.size());
        }
        Set<String> names = new HashSet<>();
        for (FieldSpec f : fields) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("field '" + f.name() + "' is defined twice");
            }
        }
        if (blocking.isEmpty() || blocking.size() > 30) {
            throw new IllegalArgumentException("settings need 1 to 30 blocking rules");
        }
        for (BlockingRule rule : blocking) {
            for (KeyPart part : rule.parts()) {
                requireField(names, part.field(), "blocking rule '" + rule + "'");
            }
        }
        for (List<String> rule : deterministicRules) {
            rule.forEach(f -> requireField(names, f, "deterministic rule " + rule));
        }
        if (!(deterministicRecall > 0 && deterministicRecall <= 1)) {
            throw new IllegalArgumentException("deterministic recall " + deterministicRecall + " is outside (0, 1]");
        }
        if (!(matchThreshold > 0 && matchThreshold < 1) || !(reviewThreshold > 0 && reviewThreshold <= matchThreshold)) {
            throw new IllegalArgumentException("thresholds need 0 < review (" + reviewThreshold + ") <= match ("
                    + matchThreshold + ") < 1");
        }
        if (maxBlockSize < 2 || randomPairs < 1000 || linkDensity < 0 || linkDensity > 1) {
            throw new IllegalArgumentException("max block size >= 2, random pairs >= 1000 and link density in [0, 1]");
        }
    }

    private static void requireField(Set<String> names, String field, String where) {
        if (!names.contains(field)) {
            throw new IllegalArgumentException("Unknown field '" + field + "' in " + where + "; fields: " + names);
        }
    }

    /** The index of the field called {@code name}, or -1. */
    public int fieldIndex(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** These settings with another match and review threshold. */
    public LinkSettings withThresholds(double match, double review) {
        return new LinkSettings(fields, blocking, deterministicRules, deterministicRecall, match, review,
                sourcesDeduplicated, maxBlockSize, randomPairs, linkDensity, seed);
    }

    /** These settings with {@code sourcesDeduplicated} set as given. */
    public LinkSettings withSourcesDeduplicated(boolean value) {
        return new LinkSettings(fields, blocking, deterministicRules, deterministicRecall, matchThreshold,
                reviewThreshold, value, maxBlockSize, randomPairs, linkDensity, seed);
    }

    /**
     * The built-in settings for Person CSV: fields {@code surname, given_name, patronymic, birth_date,
     * birth_place} in that order.
     */
    public static LinkSettings person() {
        return new LinkSettings(
                List.of(new FieldSpec("surname", FieldKind.NAME, true),
                        new FieldSpec("given_name", FieldKind.NAME, true, false),
                        new FieldSpec("patronymic", FieldKind.NAME, true, false),
                        new FieldSpec("birth_date", FieldKind.DATE, false),
                        new FieldSpec("birth_place", FieldKind.PLACE, true)),
                List.of(BlockingRule.parse("surname:folded + birth_date:year"),
                        BlockingRule.parse("surname:skeleton + given_name:initial + birth_date:year"),
                        BlockingRule.parse("surname:folded + given_name:latin"),
                        BlockingRule.parse("given_name:latin + patronymic:initial + birth_date:exact"),
                        BlockingRule.parse("surname:prefix + given_name:initial + birth_place:latin"),
                        BlockingRule.parse("surname:sound + birth_date:year"),
                        BlockingRule.parse("surname:sound + given_name:initial + patronymic:initial"),
                        BlockingRule.parse("surname:initial + given_name:group + patronymic:initial + birth_date:year"),
                        BlockingRule.parse("surname:initial + given_name:initial + birth_date:month_day"),
                        BlockingRule.parse("surname:initial + given_name:initial + birth_date:year + birth_place:latin")),
                List.of(List.of("surname", "given_name", "birth_date")),
                0.6, 0.9, 0.5, false, 500, 1_000_000, 0.5, 1937L);
    }
}
