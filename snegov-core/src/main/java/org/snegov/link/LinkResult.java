package org.snegov.link;

import java.util.List;

/**
 * The outcome of linking a batch.
 *
 * @param cluster  per record (input order), its cluster number; records with equal numbers are one person
 * @param links    pairs at or above the match threshold, strongest first
 * @param review   pairs between the review and the match threshold, strongest first
 * @param blocking what blocking produced
 * @param scorer   the trained scorer, which also explains any pair of the batch
 * @param timings  wall-clock milliseconds of each stage: prepare, block, train, score, cluster
 */
public record LinkResult(int[] cluster, List<ScoredPair> links, List<ScoredPair> review, BlockingReport blocking,
                         PairScorer scorer, long[] timings) {

    public LinkResult {
        links = List.copyOf(links);
        review = List.copyOf(review);
    }

    /** How many clusters. */
    public int clusterCount() {
        int max = -1;
        for (int c : cluster) {
            max = Math.max(max, c);
        }
        return max + 1;
    }
}
