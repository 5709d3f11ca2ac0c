package org.snegov.read;

import java.util.List;
import org.snegov.model.Issue;
import org.snegov.model.SourceRecord;

/**
 * What a reader made of a source.
 *
 * @param records the records, in source order; may be empty, never null
 * @param issues  the problems found; may be empty, never null
 */
public record ReadResult(List<SourceRecord> records, List<Issue> issues) {

    public ReadResult {
        records = List.copyOf(records);
        issues = List.copyOf(issues);
    }
}
