package org.snegov.read.tabular;

import java.util.List;

/** Turns one data row into a record. Implementations are bound to one header and are thread-safe. */
@FunctionalInterface
public interface RowReader {

    /** Reads {@code row} of source {@code sourceId}; bad values become issues, never exceptions. */
    RowOutcome read(TableRow row, String sourceId);

    /**
     * Makes row readers for a header.
     */
    @FunctionalInterface
    interface Factory {
        /**
         * The reader of rows under {@code header}.
         *
         * @throws IllegalArgumentException when a needed column is missing, naming it and the columns there are
         */
        RowReader forHeader(List<String> header, String fileName);
    }
}
