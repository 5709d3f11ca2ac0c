package org.snegov.model;

import java.util.Objects;

/**
 * A relation the text states between its subject and another person.
 *
 * @param person   the other person's name, as in {@link Mention#name()}
 * @param type     the relation, seen from the subject
 * @param evidence the span stating it
 */
public record Relation(String person, RelationType type, Evidence evidence) {

    public Relation {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
    }
}
