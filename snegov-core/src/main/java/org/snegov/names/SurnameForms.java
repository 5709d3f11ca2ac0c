package org.snegov.names;

import java.util.Locale;

/**
 * Feminine and masculine surname forms: Снегова and Снегов, Чайковская and Чайковский, Snegova and Snegov,
 * Kowalska and Kowalski are related, not equal. All methods are total and thread-safe.
 */
public final class SurnameForms {

    private static final String[][] CYRILLIC = {
            {"ская", "ский"}, {"цкая", "цкий"}, {"ська", "ський"}, {"цька", "цький"}, {"ская", "ский"},
            {"ова", "ов"}, {"ева", "ев"}, {"ёва", "ёв"}, {"єва", "єв"}, {"ина", "ин"}, {"ына", "ын"}, {"іна", "ін"},
            {"ая", "ой"},
    };
    private static final String[][] LATIN = {
            {"skaya", "skiy"}, {"skaja", "skij"}, {"skaia", "skii"}, {"tskaya", "tskiy"}, {"ska", "ski"},
            {"cka", "cki"}, {"ova", "ov"}, {"eva", "ev"}, {"owa", "ow"}, {"ewa", "ew"}, {"yova", "yov"},
            {"ina", "in"}, {"yna", "yn"}, {"offa", "off"},
    };

    private SurnameForms() {
    }

    /** The masculine form of {@code surname}, or the surname itself when it has no feminine ending. */
    public static String masculine(String surname) {
        if (surname == null) {
            return "";
        }
        String s = surname.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String[] pair : lower.chars().anyMatch(c -> c >= 0x400 && c <= 0x4FF) ? CYRILLIC : LATIN) {
            if (lower.endsWith(pair[0]) && lower.length() > pair[0].length() + 1) {
                String stem = s.substring(0, s.length() - pair[0].length());
                boolean upper = s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(lower);
                return stem + (upper ? pair[1].toUpperCase(Locale.ROOT) : pair[1]);
            }
        }
        return s;
    }

    /** Whether {@code surname} has a feminine ending (Снегова, Kowalska, Tolstaya). */
    public static boolean isFeminine(String surname) {
        return !masculine(surname).equals(surname == null ? "" : surname.strip());
    }

    /** The gender-neutral key: the canonical key of the masculine form. Equal for Снегова and Snegov. */
    public static String neutralKey(String surname) {
        return NameKeys.canonical(masculine(surname));
    }

    /** Whether the two surnames are forms of one family name, in any script ("Снегова", "Snegov"). */
    public static boolean related(String a, String b) {
        String ka = neutralKey(a);
        return !ka.isEmpty() && ka.equals(neutralKey(b));
    }
}
