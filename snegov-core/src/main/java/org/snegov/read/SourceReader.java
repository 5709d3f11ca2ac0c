package org.snegov.read;

import org.snegov.model.Source;

/** Turns one source into the records it describes. Implementations are stateless and thread-safe. */
@FunctionalInterface
public interface SourceReader {

    /** Reads {@code source}; bad input becomes issues in the result, never an exception. */
    ReadResult read(Source source);
}
