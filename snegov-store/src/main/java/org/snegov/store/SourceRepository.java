package org.snegov.store;

import java.util.List;
import java.util.Optional;
import org.snegov.model.Source;

/** Verbatim sources, append-only. */
public interface SourceRepository {

    /** Whether a source with this SHA-256 is stored. */
    boolean contains(String sourceId);

    /** Stores {@code source}; the caller has checked {@link #contains}. Never overwrites. */
    void add(Source source);

    /** The source with its bytes, or empty. */
    Optional<Source> find(String sourceId);

    /** The file name source {@code sourceId} was imported under, or empty; reads no bytes. */
    Optional<String> name(String sourceId);

    /** The size in bytes of source {@code sourceId}'s content, or empty; reads no bytes and counts nothing. */
    java.util.OptionalLong byteSize(String sourceId);

    /** Source {@code sourceId} without its bytes, with its record and issue counts (a scan of its records), or empty. */
    Optional<SourceSummary> summary(String sourceId);

    /** Every source without its bytes, newest first. */
    List<SourceSummary> list();
}
