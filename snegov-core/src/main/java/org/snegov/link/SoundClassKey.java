package org.snegov.link;

import java.text.Normalizer;

/**
 * A coarse cross-script blocking key of a name: its consonants mapped to sound classes, vowels and semivowels
 * dropped, repeats collapsed. The classes merge what transliteration systems and scripts write apart for one
 * Russian letter: х is {@code kh}, {@code h}, {@code ch} (German) or {@code x}, and ч, ш, щ, ж, ц, з and с are
 * written with overlapping letters ({@code ch}, {@code sch}, {@code tsch}, {@code cz}, {@code tz}, {@code s},
 * {@code z}), so all of them are one hissing class; voiced and voiceless pairs (б/п, в/ф, д/т, г/к) are one class
 * each. Feminine endings change vowels only, so Иванова and Ivanoff meet too. Read from the written form (Cyrillic
 * letters directly, other scripts without their diacritics), not from the folded Latin form, whose folds can lose a
 * letter. Tscherjomuchklew and Черёмухклев, Tichsmin and Тихсмин meet here though their canonical keys differ.
 * Pure; for blocking only (too coarse to compare with).
 */
final class SoundClassKey {

    private SoundClassKey() {
    }

    /** The key of a {@link TransliteratingNameNormalizer#written written} (lower-case) value; empty when it has no consonant. */
    static String of(String written) {
        String s = Normalizer.normalize(written, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'а' && c <= 'я' || c == 'ё' || c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'ў') {
                append(b, cyrillic(c));
                continue;
            }
            int skip = digraph(s, i);
            if (skip > 0) {
                append(b, s.charAt(i) == 'p' ? 'v' : 'x');
                i += skip - 1;
            } else if (c == 'x') {
                append(b, 'k');
                append(b, 'x');
            } else {
                append(b, latin(c));
            }
        }
        return b.toString();
    }

    /** The length of a Latin digraph for one hissing or guttural sound at {@code i} ({@code tsch, tch, ts, tz, kh, ph}), or 0. */
    private static int digraph(String s, int i) {
        for (String d : new String[] {"tsch", "tch", "ts", "tz", "kh", "ph"}) {
            if (s.startsWith(d, i)) {
                return d.length();
            }
        }
        return 0;
    }

    private static char cyrillic(char c) {
        return switch (c) {
            case 'б', 'п' -> 'p';
            case 'в', 'ф' -> 'v';
            case 'г', 'к', 'ґ' -> 'k';
            case 'д', 'т' -> 't';
            case 'ж', 'з', 'с', 'ц', 'ч', 'ш', 'щ', 'х' -> 'x';
            case 'л' -> 'l';
            case 'м' -> 'm';
            case 'н' -> 'n';
            case 'р' -> 'r';
            default -> 0;
        };
    }

    private static char latin(char c) {
        return switch (c) {
            case 'b', 'p' -> 'p';
            case 'v', 'f', 'w' -> 'v';
            case 'g', 'k', 'q' -> 'k';
            case 'd', 't' -> 't';
            case 'c', 's', 'z', 'h' -> 'x';
            case 'l', 'm', 'n', 'r' -> c;
            default -> 0;
        };
    }

    private static void append(StringBuilder b, char k) {
        if (k != 0 && (b.isEmpty() || b.charAt(b.length() - 1) != k)) {
            b.append(k);
        }
    }
}
