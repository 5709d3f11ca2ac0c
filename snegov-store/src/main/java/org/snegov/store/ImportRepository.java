package org.snegov.store;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.snegov.model.Fact;
import org.snegov.model.Issue;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;

/**
 * Streamed imports of large lists: the source's bytes in chunks, records in batches with their checkpoint,
 * so that an import killed at any point resumes after its last committed batch.
 */
public interface ImportRepository {

    /** The progress of the import of {@code sourceId}, or empty when none was started. */
    Optional<ImportProgress> progress(String sourceId);

    /**
     * Stores {@code source} (whose content may be empty) with the bytes of {@code content} in chunks, and starts
     * its import at row 0.
     *
     * @throws IOException when {@code content} cannot be read
     */
    void start(Source source, InputStream content, String reader, String mapping) throws IOException;

    /**
     * Stores one batch: records from position {@code firstPosition} on, their facts, a person per record, the
     * issues from position {@code firstIssue} on; then moves the checkpoint to {@code nextRow}.
     */
    void addBatch(String sourceId, List<SourceRecord> records, int firstPosition, List<Fact> facts, List<Issue> issues,
                  long firstIssue, int nextRow, Instant at);

    /** Records that rows {@code [0, indexedRow)} are indexed, and whether the import is done. */
    void mark(String sourceId, int indexedRow, boolean done, Instant at);

    /** The facts of a record, in order. */
    List<Fact> factsOf(String recordId);
}
