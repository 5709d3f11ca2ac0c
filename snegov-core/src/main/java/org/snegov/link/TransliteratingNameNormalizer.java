package org.snegov.link;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The plain {@link NameNormalizer}: ICU {@code Russian-Latin/BGN; Any-Latin; Latin-ASCII}, lower case, then folding rules under which
 * the common transliteration systems coincide (x→ks, w→v, j/y→i, kh→h, zh→z, ts/tz→c, cz→ch, ou→u, ie→e, doubled letters
 * once, final -off/-eff as -ov/-ev). Thread-safe.
 */
public final class TransliteratingNameNormalizer implements NameNormalizer {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    private static final String[][] FOLDS = {
        {"shch", "sh"}, {"szcz", "sh"}, {"sch", "sh"}, {"sz", "sh"}, {"cz", "ch"}, {"tch", "ch"}, {"kh", "h"},
        {"zh", "z"}, {"x", "ks"}, {"w", "v"}, {"ph", "f"}, {"ck", "k"}, {"q", "k"}, {"tz", "c"}, {"ts", "c"},
        {"ou", "u"}, {"j", "i"}, {"y", "i"}, {"ie", "e"},
    };
    private static final String[][] FEMININE = {
        {"skaia", "ski"}, {"ckaia", "cki"}, {"aia", "i"}, {"ska", "ski"}, {"ova", "ov"}, {"eva", "ev"},
        {"ina", "in"}, {"iha", "ih"},
    };

    @Override
    public NormalizedName normalize(String raw) {
        String written = written(raw);
        String latin = latin(written);
        String folded = foldFeminine(latin);
        String skeleton = skeleton(folded);
        String letters = written.replace(".", "").strip();
        boolean initial = letters.codePointCount(0, letters.length()) == 1 && Character.isLetter(letters.codePointAt(0));
        return new NormalizedName(written, latin, folded, skeleton, initial);
    }

    /** NFC, lower case ({@code Locale.ROOT}), ё as е, punctuation other than full stops and hyphens as space. */
    static String written(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '\'') {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** The canonical Latin form of an already {@link #written} value. */
    static String latin(String written) {
        boolean ascii = written.chars().allMatch(c -> c < 128);
        String s = ascii ? written : TO_LATIN.get().transliterate(written).toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                letters.append(c);
            } else if (c == ' ' || c == '-') {
                letters.append(' ');
            }
        }
        String t = letters.toString().strip();
        for (int pass = 0; pass < 4; pass++) {
            String before = t;
            for (String[] fold : FOLDS) {
                if (t.contains(fold[0])) {
                    t = t.replace(fold[0], fold[1]);
                }
            }
            if (t.equals(before)) {
                break;
            }
        }
        StringBuilder once = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            if (i == 0 || t.charAt(i) != t.charAt(i - 1)) {
                once.append(t.charAt(i));
            }
        }
        String[] words = once.toString().split(" +");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 3 && (w.endsWith("of") || w.endsWith("ef"))) {
                words[i] = w.substring(0, w.length() - 1) + "v";
            }
        }
        return String.join(" ", words);
    }

    static String foldFeminine(String latin) {
        for (String[] f : FEMININE) {
            if (latin.length() > f[0].length() + 2 && latin.endsWith(f[0])) {
                return latin.substring(0, latin.length() - f[0].length()) + f[1];
            }
        }
        return latin;
    }

    static String skeleton(String latin) {
        if (latin.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append(latin.charAt(0));
        for (int i = 1; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if ("aeiou ".indexOf(c) < 0 && c != b.charAt(b.length() - 1)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
