package org.snegov.link;

import java.util.List;

/** What a field holds, which decides how two of its values are compared and into which levels. */
public enum FieldKind {
    /** A personal name part: surname, given name, patronymic; any script. */
    NAME(List.of(Level.EXACT, Level.TRANSLITERATED, Level.FEMININE_FORM, Level.SAME_READING, Level.NAME_VARIANT,
            Level.JARO_WINKLER_HIGH, Level.JARO_WINKLER_MID, Level.ONE_TYPO, Level.PHONETIC, Level.INITIAL,
            Level.OTHER)),
    /** A partial date: year, year-month or full date, ISO or {@code yyyyMMdd}. */
    DATE(List.of(Level.EXACT, Level.COMPATIBLE_PARTIAL, Level.ONE_TYPO, Level.SAME_MONTH, Level.SAME_YEAR,
            Level.YEAR_OFF_BY_ONE, Level.OTHER)),
    /** A place name, possibly historical. */
    PLACE(List.of(Level.EXACT, Level.SAME_MODERN_PLACE, Level.SAME_REGION, Level.JARO_WINKLER_HIGH, Level.OTHER)),
    /** Any other text or code: postcode, street, occupation. */
    STRING(List.of(Level.EXACT, Level.ONE_TYPO, Level.JARO_WINKLER_HIGH, Level.OTHER));

    private final List<Level> levels;

    FieldKind(List<Level> levels) {
        this.levels = levels;
    }

    /** The levels a comparison of this kind yields, strongest first; the last is {@link Level#OTHER}. */
    public List<Level> levels() {
        return levels;
    }
}
