package org.snegov.link;

/** How a blocking key is derived from one field's value. */
public enum KeyKind {
    /** The value as written, case-folded. */
    EXACT,
    /** The canonical Latin form (names and places); same as {@link #EXACT} for other kinds. */
    LATIN,
    /** The canonical Latin form with feminine endings folded. */
    FOLDED,
    /** A consonant skeleton of the canonical Latin form: first letter, then consonants, repeats collapsed. */
    SKELETON,
    /** The first letter of the canonical Latin form. */
    INITIAL,
    /** The first four letters of the canonical Latin form. */
    PREFIX,
    /** The lossy cross-script key of a name (the names module's canonical key), else the canonical Latin form. */
    CANONICAL,
    /** A given name's first name group (Алёша and Aleksei: Алексей), else its canonical Latin form. */
    GROUP,
    /**
     * A name's consonants in sound classes ({@link SoundClassKey}): coarser than {@link #CANONICAL}, so that
     * spellings under systems the canonical key reads apart (German {@code ch} for х) still meet.
     */
    SOUND,
    /** A date's year. */
    YEAR,
    /** A date's year and month. */
    YEAR_MONTH,
    /** A date's month and day (robust to a wrong year). */
    MONTH_DAY
}
