package org.snegov.eval.linkage;

import java.util.HashMap;
import java.util.Map;

/**
 * Scores predicted clusters against true ones. The records scored are those of the truth; a record the prediction
 * lacks counts as a cluster of its own, and predicted records absent from the truth are ignored.
 */
public final class LinkageScorer {

    private LinkageScorer() {
    }

    /**
     * @param predicted record id to predicted cluster id
     * @param truth     record id to true entity id
     */
    public static LinkageScore score(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Long> predSize = new HashMap<>();
        Map<String, Long> trueSize = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String p = predictedCluster(predicted, e.getKey());
            predSize.merge(p, 1L, Long::sum);
            trueSize.merge(e.getValue(), 1L, Long::sum);
            both.merge(p + "\u0000" + e.getValue(), 1L, Long::sum);
        }
        long correct = both.values().stream().mapToLong(LinkageScorer::pairs).sum();
        long predictedPairs = predSize.values().stream().mapToLong(LinkageScorer::pairs).sum();
        long truePairs = trueSize.values().stream().mapToLong(LinkageScorer::pairs).sum();
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String p = predictedCluster(predicted, e.getKey());
            double overlap = both.get(p + "\u0000" + e.getValue());
            precision += overlap / predSize.get(p);
            recall += overlap / trueSize.get(e.getValue());
        }
        int n = truth.size();
        return new LinkageScore(n, truePairs, predictedPairs, correct, n == 0 ? 1 : precision / n,
                n == 0 ? 1 : recall / n);
    }

    private static String predictedCluster(Map<String, String> predicted, String id) {
        String p = predicted.get(id);
        return p == null ? "\u0001" + id : "\u0002" + p;
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
