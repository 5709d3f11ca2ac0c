package org.snegov.store;

import java.util.Map;

/**
 * The registry's numbers.
 *
 * @param sources      sources stored
 * @param records      records read from them
 * @param persons      persons
 * @param eventsByType event count per event type code, in descending order of count
 */
public record StoreCounts(long sources, long records, long persons, Map<String, Long> eventsByType) {

    public StoreCounts {
        eventsByType = Map.copyOf(eventsByType);
    }
}
