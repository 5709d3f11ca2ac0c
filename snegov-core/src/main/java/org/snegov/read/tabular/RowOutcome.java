package org.snegov.read.tabular;

import java.util.List;
import org.snegov.model.Fact;
import org.snegov.model.Issue;
import org.snegov.model.SourceRecord;

/**
 * What one row gave.
 *
 * @param record the record, or null when the row is rejected
 * @param facts  claims beside the record; may be empty, never null
 * @param issues problems with the row; a rejected row has at least one
 */
public record RowOutcome(SourceRecord record, List<Fact> facts, List<Issue> issues) {

    public RowOutcome {
        facts = List.copyOf(facts);
        issues = List.copyOf(issues);
        if (record == null && issues.isEmpty()) {
            throw new IllegalArgumentException("a rejected row needs an issue");
        }
    }
}
