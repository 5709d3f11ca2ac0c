package org.snegov.link;

import java.util.List;

/**
 * Constraints on clustering, by record id. Human decisions always beat the machine: a {@code same} pair is merged
 * whatever the score, a {@code different} pair never ends up in one cluster. {@code kept} pairs are groupings an
 * earlier run made and re-linking keeps: merged like {@code same}, but a {@code different} decision still splits them.
 */
public record Decisions(List<Pair> same, List<Pair> different, List<Pair> kept) {

    /** No decisions. */
    public static final Decisions NONE = new Decisions(List.of(), List.of(), List.of());

    public Decisions {
        same = List.copyOf(same);
        different = List.copyOf(different);
        kept = List.copyOf(kept);
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
