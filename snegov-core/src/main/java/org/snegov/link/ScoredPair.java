package org.snegov.link;

/**
 * A compared pair with its score, by record index into the linked batch.
 *
 * @param left        the first record's index
 * @param right       the second record's index
 * @param weight      the total match weight
 * @param probability the match probability
 */
public record ScoredPair(int left, int right, double weight, double probability) {
}
