package org.snegov.names;

import java.util.Locale;
import java.util.Map;

/**
 * A letter-by-letter Cyrillic to Latin table with the few context rules the systems share: iotated vowels
 * (е ё ю я є ї) written differently at a word's start and after a vowel or a hard or soft sign, "кс" written
 * "x", a softening vowel after a consonant (Polish "ie"), "с" doubled between vowels, and a word-final "в".
 * Immutable and thread-safe.
 */
final class LetterTable {

    /** The letters a table maps, in the order of its {@code base} string. */
    static final String LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў";
    private static final String VOWELS = "аеёиоуыэюяіїєaeiouy";
    private static final String HUSHING = "жцчшщ";

    private final String[] base;
    private final Map<Character, String> iotated;
    private final Map<Character, String> softened;
    private final boolean ksAsX;
    private final boolean doubleSBetweenVowels;
    private final String finalV;
    private final Map<Character, String> afterHushing;
    private final boolean iotatedOnlyAtStart;
    private final boolean polishL;

    /**
     * @param base                 one output per letter of {@link #LETTERS}, space-separated, "-" for nothing
     * @param iotated              the forms of iotated vowels at a word's start or after a vowel or sign
     * @param softened             the forms of vowels after a consonant other than the hushing ones, where they differ
     * @param afterHushing         the forms of vowels after ж ц ч ш щ, where they differ
     * @param ksAsX                "кс" is written "x"
     * @param doubleSBetweenVowels "с" between vowels is written "ss"
     * @param finalV               how a word-final "в" after a vowel is written, or null for the base form
     * @param iotatedOnlyAtStart   iotated forms apply at a word's start only (Ukrainian national system)
     * @param polishL              "л" is "l" before a softening vowel or sign and "ł" elsewhere
     */
    LetterTable(String base, Map<Character, String> iotated, Map<Character, String> softened,
                Map<Character, String> afterHushing, boolean ksAsX, boolean doubleSBetweenVowels, String finalV,
                boolean iotatedOnlyAtStart, boolean polishL) {
        String[] parts = base.strip().split("\\s+");
        if (parts.length != LETTERS.length()) {
            throw new IllegalArgumentException("a table needs " + LETTERS.length() + " entries, had " + parts.length);
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].equals("-") ? "" : parts[i];
        }
        this.base = parts;
        this.iotated = Map.copyOf(iotated);
        this.softened = Map.copyOf(softened);
        this.afterHushing = Map.copyOf(afterHushing);
        this.ksAsX = ksAsX;
        this.doubleSBetweenVowels = doubleSBetweenVowels;
        this.finalV = finalV;
        this.iotatedOnlyAtStart = iotatedOnlyAtStart;
        this.polishL = polishL;
    }

    /** Transliterates {@code text}; characters that are not Cyrillic letters pass through unchanged. */
    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char original = text.charAt(i);
            char c = Character.toLowerCase(original);
            int index = LETTERS.indexOf(c);
            if (index < 0) {
                out.append(original);
                continue;
            }
            char prev = i > 0 ? Character.toLowerCase(text.charAt(i - 1)) : ' ';
            char next = i + 1 < n ? Character.toLowerCase(text.charAt(i + 1)) : ' ';
            boolean upper = Character.isUpperCase(original);
            boolean nextUpper = i + 1 < n && Character.isUpperCase(text.charAt(i + 1));
            String latin;
            if (ksAsX && c == 'к' && next == 'с') {
                latin = "x";
                i++;
            } else if (iotated.containsKey(c) && (!Character.isLetter(prev) || !iotatedOnlyAtStart
                    && (VOWELS.indexOf(prev) >= 0 || prev == 'ъ' || prev == 'ь' || prev == '\'' || prev == '’'))) {
                latin = iotated.get(c);
            } else if (polishL && c == 'л') {
                latin = "еёиюяьі".indexOf(next) >= 0 ? "l" : "ł";
            } else if (polishL && prev == 'л' && "еёюя".indexOf(c) >= 0) {
                latin = switch (c) {
                    case 'е' -> "e";
                    case 'ё' -> "o";
                    case 'ю' -> "u";
                    default -> "a";
                };
            } else if (afterHushing.containsKey(c) && HUSHING.indexOf(prev) >= 0) {
                latin = afterHushing.get(c);
            } else if (softened.containsKey(c) && LETTERS.indexOf(prev) >= 0 && VOWELS.indexOf(prev) < 0
                    && HUSHING.indexOf(prev) < 0 && prev != 'ъ' && prev != 'ь') {
                latin = softened.get(c);
            } else if (doubleSBetweenVowels && c == 'с' && VOWELS.indexOf(prev) >= 0 && VOWELS.indexOf(next) >= 0) {
                latin = "ss";
            } else if (finalV != null && c == 'в' && VOWELS.indexOf(prev) >= 0 && !Character.isLetter(next)) {
                latin = finalV;
            } else {
                latin = base[index];
            }
            out.append(upper ? capitalise(latin, nextUpper) : latin);
        }
        return out.toString();
    }

    private static String capitalise(String latin, boolean wholeWordUpper) {
        if (latin.isEmpty()) {
            return latin;
        }
        if (wholeWordUpper) {
            return latin.toUpperCase(Locale.ROOT);
        }
        return latin.substring(0, 1).toUpperCase(Locale.ROOT) + latin.substring(1);
    }
}
