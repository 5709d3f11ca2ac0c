package org.snegov.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The repositories of one Jdbi handle. */
final class JdbiRepositories implements Repositories {

    private final Handle handle;

    JdbiRepositories(Handle handle) {
        this.handle = handle;
    }

    @Override
    public SourceRepository sources() {
        return new JdbiSourceRepository(handle);
    }

    @Override
    public RecordRepository records() {
        return new JdbiRecordRepository(handle);
    }

    @Override
    public IssueRepository issues() {
        return new JdbiIssueRepository(handle);
    }

    @Override
    public PersonRepository persons() {
        return new JdbiPersonRepository(handle, records());
    }

    @Override
    public StatisticsRepository statistics() {
        return new JdbiStatisticsRepository(handle);
    }

    @Override
    public ImportRepository imports() {
        return new JdbiImportRepository(handle);
    }

    @Override
    public LinkRepository links() {
        return new JdbiLinkRepository(handle);
    }

    @Override
    public StoreCounts counts() {
        Map<String, Long> byType = new LinkedHashMap<>();
        handle.createQuery("SELECT type, COUNT(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")
                .map((rs, ctx) -> Map.entry(rs.getString("type"), rs.getLong("n")))
                .forEach(e -> byType.put(e.getKey(), e.getValue()));
        return new StoreCounts(count("sources"), count("records"), count("persons"), byType);
    }

    private long count(String table) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }
}
