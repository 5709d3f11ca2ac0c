package org.snegov.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClustererTest {

    /** Two triangles {0,1,2} and {3,4,5} and one link 2-3 between them, strongest first. */
    private static final int[] LEFT = {0, 0, 1, 3, 3, 4, 2};
    private static final int[] RIGHT = {1, 2, 2, 4, 5, 5, 3};
    private static final int[] ONE_SOURCE = new int[6];

    private static int[] cluster(List<int[]> same, List<int[]> different) {
        return Clusterer.cluster(6, LEFT, RIGHT, LEFT.length, ONE_SOURCE, false, 0.5, same, different, List.of(),
                null, 0);
    }

    @Test
    void oneWeakLinkDoesNotChainTwoClusters() {
        int[] c = cluster(List.of(), List.of());

        assertThat(c).containsExactly(0, 0, 0, 1, 1, 1);
    }

    @Test
    void aSameDecisionMergesWhateverTheLinks() {
        int[] c = cluster(List.<int[]>of(new int[] {0, 5}), List.of());

        assertThat(c[0]).isEqualTo(c[5]);
    }

    @Test
    void aDifferentDecisionIsNeverOverridden() {
        int[] c = cluster(List.of(), List.<int[]>of(new int[] {0, 1}));

        assertThat(c[0]).isNotEqualTo(c[1]);
    }

    @Test
    void aClusterTakesOneRecordPerSourceWhenSourcesAreDeduplicated() {
        int[] left = {0, 1};
        int[] right = {1, 2};
        int[] source = {0, 1, 0};

        int[] c = Clusterer.cluster(3, left, right, 2, source, true, 0, List.of(), List.of(), List.of(), null, 0);

        assertThat(c[0]).isEqualTo(c[1]);
        assertThat(c[2]).isNotEqualTo(c[1]);
    }

    @Test
    void recordsThatContradictEachOtherStayApartUnderAverageLinkage() {
        int[] left = {0, 1};
        int[] right = {1, 2};

        int[] c = Clusterer.cluster(3, left, right, 2, new int[3], false, 0, List.of(), List.of(), List.of(),
                (i, j) -> (i == 0 && j == 2) || (i == 2 && j == 0) ? 0.0 : 0.99, 0.8);

        assertThat(c[0]).isEqualTo(c[1]);
        assertThat(c[2]).isNotEqualTo(c[0]);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0.95, true
            2,    false
            """)
    void pairsBlockingMissedButScoringAboveTheLinkBarCountTowardsTheLinkDensity(double linkBar, boolean merged) {
        // {0,1} and {2,3} are linked by one candidate pair 1-2 only: one link of four cross pairs, under density 0.5;
        // the records in other scripts (0-2, 0-3, 1-3) were never proposed by blocking but score 0.99 afresh.
        int[] left = {0, 2, 1};
        int[] right = {1, 3, 2};

        int[] c = Clusterer.cluster(4, left, right, 3, new int[4], false, 0.5, List.of(), List.of(), List.of(),
                (i, j) -> 0.99, 0.5, linkBar);

        assertThat(c[0] == c[3]).isEqualTo(merged);
        assertThat(c[0]).isEqualTo(c[1]);
        assertThat(c[2]).isEqualTo(c[3]);
    }
}
