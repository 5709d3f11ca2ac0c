package org.snegov.link;

/**
 * One compared field of a linkage settings.
 *
 * @param name         the field's name, unique within a settings (used in keys, explanations and decisions)
 * @param kind         how values are compared
 * @param termFrequency whether agreement on a value is adjusted by its frequency (a shared "Иванов" counts less
 *                     than a shared "Снегов")
 * @param phonetic     for names, whether the {@link Level#PHONETIC} level is tried (Beider–Morse costs about a
 *                     millisecond per distinct value; small vocabularies such as given names do without)
 */
public record FieldSpec(String name, FieldKind kind, boolean termFrequency, boolean phonetic) {

    /** A field with the phonetic level wherever its kind has one. */
    public FieldSpec(String name, FieldKind kind, boolean termFrequency) {
        this(name, kind, termFrequency, true);
    }

    public FieldSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a field needs a name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("field '" + name + "' needs a kind");
        }
    }
}
