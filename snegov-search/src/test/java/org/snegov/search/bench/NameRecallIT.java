package org.snegov.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recall gate: a small run of {@link RecallBench} (3,000 generated persons, 60 searched for under every
 * variant). Prints the table and fails below the committed baseline. The full figures come from
 * {@link SearchBench}.
 */
class NameRecallIT {

    /** Committed baseline: recall@10 over all variants (measured 0.99+ with these settings). */
    private static final double MIN_RECALL_AT_10 = 0.98;
    /** Committed baseline: recall@10 of the weakest system. */
    private static final double MIN_SYSTEM_RECALL_AT_10 = 0.90;
    /** Committed baseline: mean reciprocal rank over all variants. */
    private static final double MIN_MRR = 0.93;

    @TempDir
    Path dir;

    @Test
    void findsGeneratedPersonsUnderEverySpellingBetterThanAPlainAnalyzer() {
        List<RecallBench.Row> rows = RecallBench.run(dir, 3_000, 60, 1234);
        System.out.print(RecallBench.table(rows));
        RecallBench.Row total = RecallBench.total(rows);
        assertThat(total.recallAt10()).isGreaterThanOrEqualTo(MIN_RECALL_AT_10);
        assertThat(total.mrr()).isGreaterThanOrEqualTo(MIN_MRR);
        assertThat(total.recallAt10()).isGreaterThan(total.baselineRecallAt10());
        assertThat(rows).allSatisfy(r -> assertThat(r.recallAt10()).as(r.system())
                .isGreaterThanOrEqualTo(MIN_SYSTEM_RECALL_AT_10));
    }
}
