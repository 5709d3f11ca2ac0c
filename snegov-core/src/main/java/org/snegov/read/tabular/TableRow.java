package org.snegov.read.tabular;

import java.util.List;

/**
 * One data row of a table.
 *
 * @param index  0-based data row (the header is not counted)
 * @param line   the 1-based line of the file where it starts
 * @param values the field values, unquoted
 * @param spans  where each value is written, one per value
 */
public record TableRow(int index, long line, List<String> values, List<FieldSpan> spans) {

    public TableRow {
        values = List.copyOf(values);
        spans = List.copyOf(spans);
        if (values.size() != spans.size()) {
            throw new IllegalArgumentException(values.size() + " values but " + spans.size() + " spans");
        }
    }

    /** The value of column {@code column}, or "" when the row is shorter. */
    public String value(int column) {
        return column < values.size() ? values.get(column) : "";
    }
}
