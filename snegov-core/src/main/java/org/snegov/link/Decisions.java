package org.snegov.link;

import java.util.List;

/**
 * Human decisions about pairs of records, by record id; they always beat the machine: a {@code same} pair is
 * merged whatever the score, a {@code different} pair never ends up in one cluster.
 */
public record Decisions(List<Pair> same, List<Pair> different) {

    /** No decisions. */
    public static final Decisions NONE = new Decisions(List.of(), List.of());

    public Decisions {
        same = List.copyOf(same);
        different = List.copyOf(different);
    }

    /** Two record ids. */
    public record Pair(String left, String right) {
        public Pair {
            if (left == null || right == null || left.equals(right)) {
                throw new IllegalArgumentException("a decision needs two different record ids");
            }
        }
    }
}
