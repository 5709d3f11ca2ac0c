package org.snegov.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairScorerTest {

    /** 1,200 records: nine in ten given names start with И, one in ten with П; the initial-only cards come last. */
    private static PairScorer scorer() {
        LinkSettings settings = LinkSettings.person();
        List<LinkRecord> records = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            String given = i % 10 == 0 ? "Пётр" : "Иван";
            records.add(new LinkRecord("r" + i, "", List.of("Фамилия" + i, given, "", "", "")));
        }
        records.add(new LinkRecord("card-i", "", List.of("Снегов", "И.", "", "", "")));
        records.add(new LinkRecord("card-p", "", List.of("Снегов", "П.", "", "", "")));
        Linker linker = Linker.of(settings);
        RecordFeatures features = linker.prepare(records);
        return new PairScorer(features, ModelTrainer.priorModel(settings));
    }

    private static double givenNameAdjustment(PairScorer scorer, int i, int j) {
        PairExplanation.FieldExplanation given = scorer.explain(i, j).fields().get(1);
        assertThat(given.level()).isEqualTo(Level.INITIAL);
        return given.tfAdjustment();
    }

    @Test
    void anInitialOfACommonLetterCountsLessThanAnInitialOfARareOne() {
        PairScorer scorer = scorer();
        double common = givenNameAdjustment(scorer, 1_200, 1);
        double rare = givenNameAdjustment(scorer, 1_201, 0);

        assertThat(common).isNegative();
        assertThat(rare).isPositive();
    }
}
