package org.snegov.extract;

/** The language a biography is written in, as far as extraction tells them apart. */
public enum Language {
    /** English, the default. */
    ENGLISH,
    /** Russian: Cyrillic letters make up most of the letters. */
    RUSSIAN;

    /**
     * The language of {@code text}: Russian when more than half of its letters are Cyrillic, else English.
     * Never null; an empty text is English.
     */
    public static Language of(CharSequence text) {
        int letters = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'A' || !Character.isLetter(c)) continue;
            letters++;
            if (c >= '\u0400' && c <= '\u04FF') cyrillic++;
        }
        return cyrillic * 2 > letters ? RUSSIAN : ENGLISH;
    }

    /** The date finder for {@code text}'s script: Russian for Cyrillic-heavy text, else English. */
    static DateFinder datesFor(CharSequence text) {
        return of(text) == RUSSIAN ? RUSSIAN_DATES : ENGLISH_DATES;
    }

    private static final DateFinder ENGLISH_DATES = new EnglishDateFinder();
    private static final DateFinder RUSSIAN_DATES = new RussianDateFinder();
}
