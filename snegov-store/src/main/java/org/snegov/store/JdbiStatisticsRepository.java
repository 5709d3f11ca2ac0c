package org.snegov.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

final class JdbiStatisticsRepository implements StatisticsRepository {

    private final Handle handle;

    JdbiStatisticsRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public List<PeriodCount> eventsByPeriod(int periodLength, String from, String to) {
        if (periodLength != 4 && periodLength != 7) {
            throw new IllegalArgumentException("period length must be 4 (years) or 7 (months), was " + periodLength);
        }
        // Dates are stored as PartialDate.toString(): "1937", "1937-06", "1939-01-04", "1930s", "~1937".
        return handle.createQuery("""
                SELECT type, SUBSTR(date, 1, :len) AS period, COUNT(*) AS n FROM events
                WHERE date IS NOT NULL AND LENGTH(date) >= :len AND date NOT LIKE '~%' AND date NOT LIKE '%s'
                  AND (:from IS NULL OR SUBSTR(date, 1, :len) >= :from)
                  AND (:to IS NULL OR SUBSTR(date, 1, :len) <= :to)
                GROUP BY type, SUBSTR(date, 1, :len) ORDER BY period, type""")
                .bind("len", periodLength).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new PeriodCount(rs.getString("type"), rs.getString("period"), rs.getLong("n")))
                .list();
    }

    @Override
    public List<ValueCount> topFacts(String kind, int limit) {
        return handle.createQuery("""
                SELECT value, COUNT(*) AS n FROM facts WHERE kind = :kind
                GROUP BY value ORDER BY n DESC, value LIMIT :limit""")
                .bind("kind", kind).bind("limit", limit)
                .map((rs, ctx) -> new ValueCount(rs.getString("value"), rs.getLong("n")))
                .list();
    }

    @Override
    public List<ValueCount> topBirthplaces(int limit) {
        return handle.createQuery("""
                SELECT place, COUNT(*) AS n FROM vitals WHERE kind = 'birth' AND place IS NOT NULL
                GROUP BY place ORDER BY n DESC, place LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new ValueCount(rs.getString("place"), rs.getLong("n")))
                .list();
    }
}
