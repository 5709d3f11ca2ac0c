package org.snegov.app.service;

import java.util.List;
import org.snegov.model.Issue;

/**
 * What a streamed import of one table did.
 *
 * @param file          the file as given
 * @param sourceId      the SHA-256 of its bytes
 * @param alreadyStored the import of the same bytes had finished before, so nothing was written
 * @param resumedFrom   the first row read now (0 unless an interrupted import was resumed)
 * @param rows          data rows in the file
 * @param records       records stored from it, in all runs
 * @param issues        issues stored for it, in all runs
 * @param firstIssues   the first issues (at most 20), for a summary
 * @param rejects       the rejects report written next to the data, or null when there are no issues
 * @param seconds       how long this run took
 */
public record TableImportOutcome(String file, String sourceId, boolean alreadyStored, int resumedFrom, int rows,
                                 long records, long issues, List<Issue> firstIssues, String rejects, double seconds) {

    public TableImportOutcome {
        firstIssues = List.copyOf(firstIssues);
    }
}
