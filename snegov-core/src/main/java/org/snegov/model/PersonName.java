package org.snegov.model;

import java.util.Objects;

/**
 * A name as a source writes it, split into parts where the reader could tell them.
 *
 * @param full       the name as written, never blank
 * @param surname    the family name, or null when unknown
 * @param given      the given name or initial, or null
 * @param patronymic the patronymic or its initial, or null
 * @param kind       which of the person's names this is
 * @param evidence   where it is written
 */
public record PersonName(String full, String surname, String given, String patronymic, NameKind kind,
                         Evidence evidence) {

    public PersonName {
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        if (full.isBlank()) {
            throw new IllegalArgumentException("a name must not be blank");
        }
    }
}
