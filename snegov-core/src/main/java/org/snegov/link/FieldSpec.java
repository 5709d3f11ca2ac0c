package org.snegov.link;

/**
 * One compared field of a linkage settings.
 *
 * @param name         the field's name, unique within a settings (used in keys, explanations and decisions)
 * @param kind         how values are compared
 * @param termFrequency whether agreement on a value is adjusted by its frequency (a shared "Иванов" counts less
 *                     than a shared "Снегов")
 */
public record FieldSpec(String name, FieldKind kind, boolean termFrequency) {

    public FieldSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a field needs a name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("field '" + name + "' needs a kind");
        }
    }
}
