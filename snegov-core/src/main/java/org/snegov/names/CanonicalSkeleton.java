package org.snegov.names;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The canonical key of one word (see {@link NameKeys#canonical(String)}). Output alphabet: a first vowel class
 * (a e i o u), inner vowel runs as "a", the consonant classes b d g k l m n p r s t v z and "sh" for the hushing
 * class (ж ш щ ч). г, ґ, х and Latin g, h, kh meet; з, ц and Latin z, ts, c meet. Parsing a key again gives the
 * key, so it is idempotent.
 */
final class CanonicalSkeleton {

    private static final String CYRILLIC_VOWELS = "аеёиоуыэюяіїєй";
    private static final Transliterator ANY_LATIN = Transliterator.getInstance("Any-Latin");
    private static final String HUSH = "sh";
    private static final char VOWEL = 'V';

    private CanonicalSkeleton() {
    }

    static String of(String word) {
        String lower = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (!isLatinOrCyrillic(lower)) {
            synchronized (ANY_LATIN) {
                lower = ANY_LATIN.transliterate(lower).toLowerCase(Locale.ROOT);
            }
        }
        // Codes: consonant class letters, "sh" as '#', vowels as their letter with VOWEL marking class.
        StringBuilder codes = new StringBuilder();
        StringBuilder firstVowel = new StringBuilder();
        String latin = preMap(lower);
        int i = 0;
        while (i < latin.length()) {
            char c = latin.charAt(i);
            if (c >= 'а' && c <= 'я' || "ёіїєґў".indexOf(c) >= 0) {
                i += cyrillic(latin, i, codes, firstVowel);
            } else if (c >= 'a' && c <= 'z') {
                i += latinCode(latin, i, codes, firstVowel);
            } else {
                i++;
            }
        }
        return render(codes, firstVowel);
    }

    private static boolean isLatinOrCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && c > 0x24F && (c < 0x400 || c > 0x4FF) && c != 'ʹ' && c != 'ʺ') {
                return false;
            }
        }
        return true;
    }

    /** Latin letters with diacritics to plain sequences; marks and signs dropped. */
    private static String preMap(String s) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'š' -> out.append("sh");
                case 'ž', 'ż' -> out.append("zh");
                case 'č' -> out.append("ch");
                case 'ŝ' -> out.append("shch");
                case 'ë' -> out.append("yo");
                case 'ł' -> out.append('l');
                case 'ŭ' -> out.append('w');
                case 'ß' -> out.append("ss");
                default -> {
                    if (c < 0x80 || c >= 0x400 && c <= 0x4FF) {
                        out.append(c);
                    } else {
                        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                        char base = d.charAt(0);
                        if (base < 0x80 && Character.isLetter(base)) {
                            out.append(base);
                        }
                    }
                }
            }
        }
        return out.toString().replace("ou", "u");
    }

    private static int cyrillic(String s, int i, StringBuilder codes, StringBuilder firstVowel) {
        char c = s.charAt(i);
        if (CYRILLIC_VOWELS.indexOf(c) >= 0) {
            char cls = switch (c) {
                case 'а', 'я' -> 'a';
                case 'е', 'э', 'є' -> 'e';
                case 'ё', 'о' -> 'o';
                case 'у', 'ю' -> 'u';
                default -> 'i';
            };
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            boolean glide = c == 'й' || (c == 'и' || c == 'і') && CYRILLIC_VOWELS.indexOf(next) >= 0 && next != 'й';
            vowel(codes, firstVowel, glide ? 0 : cls);
            return 1;
        }
        char code = switch (c) {
            case 'б' -> 'b';
            case 'п' -> 'p';
            case 'в', 'ф', 'ў' -> 'v';
            case 'г', 'ґ', 'х' -> 'g';
            case 'д' -> 'd';
            case 'т' -> 't';
            case 'ж', 'ш', 'щ', 'ч' -> '#';
            case 'з', 'ц' -> 'z';
            case 'с' -> 's';
            case 'к' -> 'k';
            case 'л' -> 'l';
            case 'м' -> 'm';
            case 'н' -> 'n';
            case 'р' -> 'r';
            default -> 0;
        };
        if (code != 0) {
            codes.append(code);
        }
        return 1;
    }

    private static final String[][] SEQUENCES = {
            {"schtsch", "#"}, {"shtsch", "#"}, {"chtch", "#"}, {"szcz", "#"}, {"shch", "#"}, {"tsch", "#"},
            {"shh", "#"}, {"sch", "#"}, {"tch", "#"}, {"tsh", "#"}, {"sh", "#"}, {"sz", "#"}, {"cz", "#"},
            {"ch", "#"}, {"zh", "#"}, {"kh", "g"}, {"gh", "g"}, {"ts", "z"}, {"tz", "z"}, {"ck", "k"}, {"ph", "v"},
            {"th", "t"}, {"x", "ks"}, {"q", "k"},
    };

    private static int latinCode(String s, int i, StringBuilder codes, StringBuilder firstVowel) {
        for (String[] seq : SEQUENCES) {
            if (s.startsWith(seq[0], i)) {
                codes.append(seq[1]);
                return seq[0].length();
            }
        }
        char c = s.charAt(i);
        switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'j' -> {
                char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                boolean glide = (c == 'y' || c == 'j' || c == 'i') && "aeiouy".indexOf(next) >= 0
                        || c == 'j' && "aeiouy".indexOf(next) < 0;
                vowel(codes, firstVowel, glide ? 0 : c == 'y' ? 'i' : c);
            }
            case 'b' -> codes.append('b');
            case 'p' -> codes.append('p');
            case 'v', 'w', 'f' -> codes.append('v');
            case 'g', 'h' -> codes.append('g');
            case 'd' -> codes.append('d');
            case 't' -> codes.append('t');
            case 'z', 'c' -> codes.append('z');
            case 's' -> codes.append('s');
            case 'k' -> codes.append('k');
            case 'l' -> codes.append('l');
            case 'm' -> codes.append('m');
            case 'n' -> codes.append('n');
            case 'r' -> codes.append('r');
            default -> {
            }
        }
        return 1;
    }

    /** Appends a vowel (class {@code cls}, 0 for a glide); the first non-glide vowel of the word is remembered. */
    private static void vowel(StringBuilder codes, StringBuilder firstVowel, char cls) {
        if (firstVowel.isEmpty() && cls != 0 && codes.chars().allMatch(x -> x == VOWEL)) {
            firstVowel.append(cls);
        }
        codes.append(VOWEL);
    }

    private static String render(StringBuilder rawCodes, StringBuilder firstVowel) {
        // т before с, з, ц or a hushing letter sounds as one affricate ("Братск" as "Брацк"), and written
        // "ts" or "tsh" it would parse as one; merging keeps the key idempotent.
        // "sz" would parse as the hushing class, so с before з or ц merges into z as well.
        String codes = collapse(rawCodes.toString());
        String previous;
        do {
            previous = codes;
            codes = collapse(codes.replace("ts", "z").replace("tz", "z").replace("t#", "#").replace("sz", "z"));
        } while (!codes.equals(previous));
        StringBuilder out = new StringBuilder(codes.length() + 2);
        char last = 0;
        boolean initialRun = true;
        for (int i = 0; i < codes.length(); i++) {
            char c = codes.charAt(i);
            if (c == last) {
                continue;
            }
            last = c;
            if (c == VOWEL) {
                if (initialRun) {
                    out.append(firstVowel.isEmpty() ? 'i' : firstVowel.charAt(0));
                } else {
                    out.append('a');
                }
            } else {
                out.append(c == '#' ? HUSH : String.valueOf(c));
            }
            initialRun = false;
        }
        return out.toString();
    }

    private static String collapse(String codes) {
        StringBuilder out = new StringBuilder(codes.length());
        for (int i = 0; i < codes.length(); i++) {
            if (i == 0 || codes.charAt(i) != codes.charAt(i - 1)) {
                out.append(codes.charAt(i));
            }
        }
        return out.toString();
    }
}
