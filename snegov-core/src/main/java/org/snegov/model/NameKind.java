package org.snegov.model;

/** Which of a person's names a {@link PersonName} is. */
public enum NameKind {
    /** The name the source uses for its subject (a title, a list's name column). */
    PRIMARY,
    /** The name in the person's own script, usually with the patronymic: "Алексей Владимирович Снегов". */
    NATIVE,
    /** A pseudonym, a maiden name, a spelling the source also gives. */
    OTHER
}
