package org.snegov.app.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snegov.store.StatisticsRepository.PeriodCount;
import org.snegov.store.StatisticsRepository.ValueCount;

/** The registry's statistics for the charts page and the API. */
public final class StatisticsService {

    /** The months charted one by one: the Great Terror and the years around it. */
    public static final String MONTHS_FROM = "1936-01";
    public static final String MONTHS_TO = "1939-12";

    private final Registry registry;

    public StatisticsService(Registry registry) {
        this.registry = registry;
    }

    /** Everything the statistics page shows. */
    public Statistics statistics() {
        return registry.store().read(r -> {
            List<PeriodCount> years = r.statistics().eventsByPeriod(4, null, null);
            List<PeriodCount> months = r.statistics().eventsByPeriod(7, MONTHS_FROM, MONTHS_TO);
            return new Statistics(series(years, yearsBetween(years)), series(months, monthsBetween()),
                    r.statistics().topBirthplaces(15),
                    r.statistics().topFacts(org.snegov.model.FactKind.BURIAL_PLACE.code(), 15),
                    r.statistics().topFacts(org.snegov.model.FactKind.SENTENCING_BODY.code(), 15));
        });
    }

    private static Series series(List<PeriodCount> counts, List<String> periods) {
        Map<String, Map<String, Long>> byType = new LinkedHashMap<>();
        for (PeriodCount c : counts) {
            byType.computeIfAbsent(c.type(), t -> new LinkedHashMap<>()).merge(c.period(), c.count(), Long::sum);
        }
        return new Series(periods, byType);
    }

    /** Every year from the first to the last with events, so that gaps show as gaps. */
    private static List<String> yearsBetween(List<PeriodCount> counts) {
        Set<String> years = new LinkedHashSet<>();
        int first = counts.stream().mapToInt(c -> Integer.parseInt(c.period())).min().orElse(0);
        int last = counts.stream().mapToInt(c -> Integer.parseInt(c.period())).max().orElse(-1);
        for (int y = first; y <= last; y++) {
            years.add(Integer.toString(y));
        }
        return new ArrayList<>(years);
    }

    private static List<String> monthsBetween() {
        List<String> months = new ArrayList<>();
        for (int y = 1936; y <= 1939; y++) {
            for (int m = 1; m <= 12; m++) {
                months.add(String.format(java.util.Locale.ROOT, "%d-%02d", y, m));
            }
        }
        return months;
    }

    /**
     * Counts of events by type over consecutive periods.
     *
     * @param periods the periods in order ("1937" or "1937-06"), including empty ones
     * @param byType  for each event type code, the count per period (periods without events are absent)
     */
    public record Series(List<String> periods, Map<String, Map<String, Long>> byType) {

        public Series {
            periods = List.copyOf(periods);
            Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
            byType.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
            byType = java.util.Collections.unmodifiableMap(copy);
        }

        public boolean isEmpty() {
            return byType.isEmpty();
        }

        /** The count for one type in one period, 0 when none. */
        public long count(String type, String period) {
            return byType.getOrDefault(type, Map.of()).getOrDefault(period, 0L);
        }
    }

    /**
     * The statistics page's data.
     *
     * @param perYear     events per year, by type
     * @param perMonth    events per month of {@value #MONTHS_FROM} to {@value #MONTHS_TO}, by type
     * @param birthplaces the most frequent birthplaces
     * @param burials     the most frequent burial places
     * @param bodies      the most frequent sentencing bodies
     */
    public record Statistics(Series perYear, Series perMonth, List<ValueCount> birthplaces, List<ValueCount> burials,
                             List<ValueCount> bodies) {

        public Statistics {
            birthplaces = List.copyOf(birthplaces);
            burials = List.copyOf(burials);
            bodies = List.copyOf(bodies);
        }
    }
}
