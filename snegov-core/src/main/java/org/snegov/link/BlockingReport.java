package org.snegov.link;

import java.util.List;

/**
 * What blocking produced, before any scoring: per rule, the pairs its key proposes and how many of those no earlier
 * rule had proposed; blocks over the size limit are skipped and counted.
 *
 * @param rules          one entry per blocking rule, in order
 * @param candidatePairs distinct candidate pairs (the union), the number of pairs scored
 * @param possiblePairs  all pairs a brute-force comparison would score
 */
public record BlockingReport(List<RuleCount> rules, long candidatePairs, long possiblePairs) {

    public BlockingReport {
        rules = List.copyOf(rules);
    }

    /**
     * @param rule          the rule as text
     * @param proposed      pairs within its blocks (those it shares with earlier rules included)
     * @param added         pairs no earlier rule proposed
     * @param skippedBlocks blocks larger than the limit, left out
     * @param skippedPairs  the pairs those blocks would have proposed
     */
    public record RuleCount(String rule, long proposed, long added, long skippedBlocks, long skippedPairs) {
    }
}
