package org.snegov.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.snegov.model.Issue;

final class JdbiIssueRepository implements IssueRepository {

    private final Handle handle;

    JdbiIssueRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void add(String sourceId, List<Issue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO issues (source_id, position, line, col, reason, raw)
                VALUES (:source, :position, :line, :col, :reason, :raw)""");
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            batch.bind("source", sourceId).bind("position", i).bind("line", issue.line()).bind("col", issue.column())
                    .bind("reason", issue.reason()).bind("raw", issue.raw()).add();
        }
        batch.execute();
    }

    @Override
    public List<Issue> ofSource(String sourceId) {
        return handle.createQuery("""
                SELECT s.name, i.line, i.col, i.reason, i.raw FROM issues i JOIN sources s ON s.id = i.source_id
                WHERE i.source_id = :source ORDER BY i.position""")
                .bind("source", sourceId)
                .map((rs, ctx) -> new Issue(rs.getString("name"), rs.getInt("line"), rs.getInt("col"),
                        rs.getString("reason"), rs.getString("raw")))
                .list();
    }
}
