package org.snegov.store;

import java.util.List;
import java.util.Optional;
import org.snegov.model.SourceRecord;

/** Records with their claims and evidence. */
public interface RecordRepository {

    /** Stores {@code record} as the {@code position}-th record of its source. */
    void add(SourceRecord record, int position);

    /** The record with all its claims, or empty. */
    Optional<SourceRecord> find(String recordId);

    /** The records read from a source, in source order; empty for an unknown source. */
    List<SourceRecord> ofSource(String sourceId);
}
