package org.snegov.app.service;

import java.util.List;
import org.snegov.model.Issue;

/**
 * What importing one file did.
 *
 * @param file          the file as given
 * @param sourceId      the SHA-256 of its bytes
 * @param alreadyStored the same bytes were stored before, so nothing was written
 * @param records       records read from it (now or at the first import)
 * @param issues        problems found in it (now or at the first import)
 */
public record ImportOutcome(String file, String sourceId, boolean alreadyStored, int records, List<Issue> issues) {

    public ImportOutcome {
        issues = List.copyOf(issues);
    }
}
