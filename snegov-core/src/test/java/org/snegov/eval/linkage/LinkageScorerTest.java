package org.snegov.eval.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkageScorerTest {

    @Test
    void scoresPairsAndBcubedOnASmallExample() {
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
        Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "y");

        LinkageScore s = LinkageScorer.score(predicted, truth);

        assertThat(s.truePairs()).isEqualTo(3);
        assertThat(s.predictedPairs()).isEqualTo(2);
        assertThat(s.correctPairs()).isEqualTo(1);
        assertThat(s.pairPrecision()).isEqualTo(0.5);
        assertThat(s.pairRecall()).isCloseTo(1 / 3.0, offset(1e-12));
        assertThat(s.bcubedPrecision()).isCloseTo((1 + 1 + 0.5 + 0.5) / 4, offset(1e-12));
        assertThat(s.bcubedRecall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, offset(1e-12));
    }

    @Test
    void aRecordMissingFromThePredictionIsASingleton() {
        LinkageScore s = LinkageScorer.score(Map.of("a", "x"), Map.of("a", "1", "b", "1"));

        assertThat(s.predictedPairs()).isZero();
        assertThat(s.pairRecall()).isZero();
        assertThat(s.pairPrecision()).isEqualTo(1);
    }

    @Test
    void aPerfectPredictionScoresOne() {
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "2");

        LinkageScore s = LinkageScorer.score(Map.of("a", "p", "b", "p", "c", "q"), truth);

        assertThat(s.pairF1()).isEqualTo(1);
        assertThat(s.bcubedF1()).isEqualTo(1);
        assertThat(s.render()).contains("pairwise  precision 1.0000");
    }
}
