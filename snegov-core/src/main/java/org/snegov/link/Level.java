package org.snegov.link;

/** How well two values of one field agree; each {@link FieldKind} uses an ordered subset. */
public enum Level {
    /** Equal as written (after case and space folding). */
    EXACT,
    /** Equal after transliteration to a canonical Latin form (Снегов, Snegov, Sniegow). */
    TRANSLITERATED,
    /** Equal once a feminine ending is folded to the masculine one (Иванова, Ivanov). */
    FEMININE_FORM,
    /**
     * Equal under another transliteration system or a lossy cross-script key (Tcheriomoukhine, Czeriomuchin,
     * Черёмухин), though not under the canonical Latin form.
     */
    SAME_READING,
    /** Forms of one given name: variant, diminutive or another language's form (Алексей, Алёша, Олексій). */
    NAME_VARIANT,
    /** Jaro–Winkler similarity of the canonical forms at least 0.94 (or 0.90 for places and text). */
    JARO_WINKLER_HIGH,
    /** Jaro–Winkler similarity of the canonical forms at least 0.86. */
    JARO_WINKLER_MID,
    /** The Beider–Morse phonetic codes share a value. */
    PHONETIC,
    /** One side is an initial, and it is the first letter of the other. */
    INITIAL,
    /** Dates differ in precision and agree on every part both state (1937 and 1937-06-04). */
    COMPATIBLE_PARTIAL,
    /**
     * One typing or OCR error apart: one character changed, dropped or two swapped (dates with a month: day and month
     * swapped too; names: only where the Jaro–Winkler bands missed it).
     */
    ONE_TYPO,
    /** Same year and month, different day. */
    SAME_MONTH,
    /** Same year, different month. */
    SAME_YEAR,
    /** Years one apart. */
    YEAR_OFF_BY_ONE,
    /** The same place under another name (Leningrad and Saint Petersburg). */
    SAME_MODERN_PLACE,
    /** Different places in the same region. */
    SAME_REGION,
    /** None of the above: the values disagree. */
    OTHER,
    /** One value or both are missing: neutral, weight 0. */
    MISSING
}
