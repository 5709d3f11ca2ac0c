package org.snegov.model;

import java.util.Objects;

/**
 * A claim of a record beyond names, vitals and events, kept beside the record (its components do not change):
 * nationality, party, occupation, address, burial place, and a sentence's body, charge and term.
 *
 * @param recordId the {@link SourceRecord#id()} it belongs to
 * @param kind     what it states
 * @param value    the value as written, never blank
 * @param event    the position in {@link SourceRecord#events()} of the event it qualifies, or -1
 * @param evidence where it is written
 */
public record Fact(String recordId, FactKind kind, String value, int event, Evidence evidence) {

    public Fact {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a fact must have a value");
        }
        if (event < -1) {
            throw new IllegalArgumentException("event position must be -1 or more, was " + event);
        }
    }
}
