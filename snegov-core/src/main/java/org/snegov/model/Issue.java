package org.snegov.model;

import java.util.Objects;

/**
 * A problem found in a source: bad data is recorded, never thrown.
 *
 * @param file   the source's name
 * @param line   1-based line, or 0 when the problem is the whole file
 * @param column 1-based column, or 0 when unknown
 * @param reason what is wrong, for a person to read
 * @param raw    the offending text verbatim (may be empty, never null)
 */
public record Issue(String file, int line, int column, String reason, String raw) {

    public Issue {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(raw, "raw");
    }

    /** {@code file:line:column: reason: 'raw'}, the form compilers use. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + reason + (raw.isEmpty() ? "" : ": '" + raw + "'");
    }
}
