package org.snegov.store;

import java.util.List;

/** Aggregates over the stored claims, for charts. */
public interface StatisticsRepository {

    /**
     * How many events of each type fall in each period.
     *
     * @param periodLength 4 for years ("1937"), 7 for months ("1937-06"); events dated less precisely than the
     *                     period are left out
     * @param from         the first period, inclusive ("1936-01"), or null for no bound
     * @param to           the last period, inclusive ("1939-12"), or null for no bound
     */
    List<PeriodCount> eventsByPeriod(int periodLength, String from, String to);

    /**
     * The {@code limit} most frequent values of one kind of fact (burial places, sentencing bodies…), most frequent
     * first.
     *
     * @param kind the fact kind as stored (the {@code FactKind} constant's name in lower case)
     */
    List<ValueCount> topFacts(String kind, int limit);

    /** The {@code limit} most frequent birthplaces (as written), most frequent first. */
    List<ValueCount> topBirthplaces(int limit);

    /**
     * How many events of one type fall in one period.
     *
     * @param type   the event type code
     * @param period "1937" or "1937-06"
     * @param count  how many
     */
    record PeriodCount(String type, String period, long count) {
    }

    /**
     * How often a value occurs.
     *
     * @param value the value
     * @param count how many times
     */
    record ValueCount(String value, long count) {
    }
}
