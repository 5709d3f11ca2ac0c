package org.snegov.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One record to link: its id, its source (records of one source are never linked to each other when the
 * settings say sources are deduplicated) and one value per settings field, {@code null} or blank where missing.
 */
public record LinkRecord(String id, String source, List<String> values) {

    public LinkRecord {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a record needs an id");
        }
        source = source == null ? "" : source;
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The value of field {@code index}, or {@code null} when missing. */
    public String value(int index) {
        String v = index < values.size() ? values.get(index) : null;
        return v == null || v.isBlank() ? null : v;
    }
}
