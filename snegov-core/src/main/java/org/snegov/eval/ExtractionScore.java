package org.snegov.eval;

import java.util.List;
import java.util.Map;
import org.snegov.model.EventType;

/**
 * The figures of one evaluation run.
 *
 * @param byType        event counts per scored type (never {@link EventType#OTHER}), types with no gold and no
 *                      prediction left out
 * @param events        the event counts summed over all scored types and documents (micro average)
 * @param birthsRight   documents whose birth is right
 * @param deathsRight   documents whose death is right
 * @param documents     documents scored
 * @param peopleFound   gold people found
 * @param peopleGold    gold people
 * @param discrepancies the unmatched events, document by document, for a verbose report
 */
public record ExtractionScore(Map<EventType, Counts> byType, Counts events, int birthsRight, int deathsRight,
                              int documents, int peopleFound, int peopleGold, List<Discrepancy> discrepancies) {

    public ExtractionScore {
        byType = Map.copyOf(byType);
        discrepancies = List.copyOf(discrepancies);
    }

    /** Births right / documents; 1 for no documents. */
    public double birthAccuracy() {
        return documents == 0 ? 1.0 : (double) birthsRight / documents;
    }

    /** Deaths right / documents; 1 for no documents. */
    public double deathAccuracy() {
        return documents == 0 ? 1.0 : (double) deathsRight / documents;
    }

    /** Gold people found / gold people; 1 when there are none. */
    public double peopleRecall() {
        return peopleGold == 0 ? 1.0 : (double) peopleFound / peopleGold;
    }
}
