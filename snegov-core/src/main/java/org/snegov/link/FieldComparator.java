package org.snegov.link;

import java.util.List;

/**
 * Grades one field of a pair of records into a level of its {@link FieldKind}. Stateless and thread-safe; all it
 * reads is the prepared {@link RecordFeatures}.
 */
final class FieldComparator {

    /** The packed code of {@link Level#MISSING}. */
    static final int MISSING = 15;

    private FieldComparator() {
    }

    /** The index into {@code kind.levels()} of how records {@code i} and {@code j} agree on field {@code f}, or {@link #MISSING}. */
    static int compare(RecordFeatures features, int f, int i, int j) {
        return compare(features, f, i, j, true);
    }

    /**
     * As {@link #compare(RecordFeatures, int, int, int)}; when {@code phonetic} is false, a name pair that would need
     * its (slow) Beider–Morse codes compared yields the {@link Level#PHONETIC} index as "undecided" instead.
     */
    static int compare(RecordFeatures features, int f, int i, int j, boolean phonetic) {
        RecordFeatures.Field field = features.fields[f];
        int a = field.value[i];
        int b = field.value[j];
        if (a < 0 || b < 0 || !features.present(f, i) || !features.present(f, j)) {
            return MISSING;
        }
        Level level = switch (field.spec.kind()) {
            case NAME -> name(features, field, a, b, phonetic);
            case DATE -> date(field, a, b);
            case PLACE -> place(field, a, b);
            case STRING -> string(field, a, b);
        };
        return field.spec.kind().levels().indexOf(level);
    }

    private static Level name(RecordFeatures features, RecordFeatures.Field field, int a, int b, boolean phonetic) {
        if (field.initial[a] || field.initial[b]) {
            return initialsAgree(field, a, b) ? Level.INITIAL : Level.OTHER;
        }
        if (a == b || field.written[a].equals(field.written[b])) {
            return Level.EXACT;
        }
        if (field.latinId[a] == field.latinId[b]) {
            return Level.TRANSLITERATED;
        }
        if (field.foldedId[a] == field.foldedId[b]) {
            return Level.FEMININE_FORM;
        }
        String la = field.latin[a];
        String lb = field.latin[b];
        double jw = jaroWinkler(la, lb);
        if (field.canonical[a].equals(field.canonical[b])) {
            return Level.SAME_READING;
        }
        // Readings under other systems and name groups cost a few hundred microseconds per distinct value: a
        // field of large vocabulary (surnames, phonetic on) asks for them only for names that look alike.
        if (!field.spec.phonetic() || jw >= 0.7) {
            if (shareAny(features.readings(field, a), features.readings(field, b))) {
                return Level.SAME_READING;
            }
            if (shareAny(features.groups(field, a), features.groups(field, b))) {
                return Level.NAME_VARIANT;
            }
        }
        if (jw >= 0.94) {
            return Level.JARO_WINKLER_HIGH;
        }
        if (jw >= 0.86) {
            return Level.JARO_WINKLER_MID;
        }
        if (typo(features, field, a, b, la, lb)) {
            return Level.ONE_TYPO;
        }
        if (!field.spec.phonetic() || !phoneticGate(la, lb, jw)) {
            return Level.OTHER;
        }
        if (!phonetic) {
            return Level.PHONETIC;
        }
        return shareAny(features.phonetic(field, a), features.phonetic(field, b)) ? Level.PHONETIC : Level.OTHER;
    }

    /**
     * Whether two names of at least four letters are one typing or OCR error apart (Иван and Изан, Илья and Ипья),
     * unless both are known given names of different groups (Мария and Марина are two names, not a slip). Short
     * names lose so much Jaro–Winkler similarity to one error that the bands miss them.
     */
    private static boolean typo(RecordFeatures features, RecordFeatures.Field field, int a, int b, String la, String lb) {
        if (Math.min(la.length(), lb.length()) < 4 || !oneEditApart(la, lb)) {
            return false;
        }
        if (field.spec.phonetic()) {
            return true;
        }
        List<String> ga = features.groups(field, a);
        List<String> gb = features.groups(field, b);
        return ga.isEmpty() || gb.isEmpty() || shareAny(ga, gb);
    }

    /**
     * Whether an initial agrees with the other value: by the first letter as written when both are in one script
     * (Ю. is not Иван, though both begin with {@code i} in Latin letters), else by the first Latin letter.
     */
    static boolean initialsAgree(RecordFeatures.Field field, int a, int b) {
        char wa = field.written[a].charAt(0);
        char wb = field.written[b].charAt(0);
        if (Character.UnicodeBlock.of(wa) == Character.UnicodeBlock.of(wb)) {
            return wa == wb;
        }
        return field.latin[a].charAt(0) == field.latin[b].charAt(0);
    }

    private static Level date(RecordFeatures.Field field, int a, int b) {
        int ya = field.year[a];
        int yb = field.year[b];
        int ma = field.month[a];
        int mb = field.month[b];
        int da = field.day[a];
        int db = field.day[b];
        if (ya == yb && ma == mb && da == db) {
            return Level.EXACT;
        }
        boolean samePrecision = (ma == 0) == (mb == 0) && (da == 0) == (db == 0);
        if (!samePrecision && ya == yb && (ma == 0 || mb == 0 || ma == mb) && (da == 0 || db == 0 || da == db)) {
            return Level.COMPATIBLE_PARTIAL;
        }
        String sa = field.digits[a];
        String sb = field.digits[b];
        // A typing error is told from another date only where there is more than a year to agree on: two bare years
        // one digit apart are usually years apart (1874 and 1884), and one year apart is YEAR_OFF_BY_ONE.
        if (samePrecision && ma != 0 && (oneEditApart(sa, sb) || (ya == yb && ma == db && da == mb))) {
            return Level.ONE_TYPO;
        }
        if (ya == yb && ma == mb && ma != 0) {
            return Level.SAME_MONTH;
        }
        if (ya == yb) {
            return Level.SAME_YEAR;
        }
        if (Math.abs(ya - yb) == 1) {
            return Level.YEAR_OFF_BY_ONE;
        }
        return Level.OTHER;
    }

    private static Level place(RecordFeatures.Field field, int a, int b) {
        if (a == b || field.latinId[a] == field.latinId[b]) {
            return Level.EXACT;
        }
        if (field.modernId[a] >= 0 && field.modernId[a] == field.modernId[b]) {
            return Level.SAME_MODERN_PLACE;
        }
        if (field.regionId[a] >= 0 && field.regionId[a] == field.regionId[b]) {
            return Level.SAME_REGION;
        }
        return jaroWinkler(field.latin[a], field.latin[b]) >= 0.9 ? Level.JARO_WINKLER_HIGH : Level.OTHER;
    }

    private static Level string(RecordFeatures.Field field, int a, int b) {
        if (a == b || field.latinId[a] == field.latinId[b]) {
            return Level.EXACT;
        }
        String sa = field.written[a];
        String sb = field.written[b];
        if (oneEditApart(sa, sb)) {
            return Level.ONE_TYPO;
        }
        return jaroWinkler(sa, sb) >= 0.9 ? Level.JARO_WINKLER_HIGH : Level.OTHER;
    }

    /**
     * Whether two names are close enough for their Beider–Morse codes to be worth computing (about a millisecond
     * each): same first sound class and Jaro–Winkler at least 0.7.
     */
    static boolean phoneticGate(String a, String b, double jw) {
        return jw >= 0.7 && soundClass(a.charAt(0)) == soundClass(b.charAt(0));
    }

    private static char soundClass(char c) {
        return switch (c) {
            case 'c', 'k', 'q' -> 'k';
            case 'v', 'w', 'f' -> 'v';
            case 'a', 'e', 'i', 'o', 'u', 'y', 'j', 'h' -> 'a';
            case 's', 'z' -> 's';
            case 'd', 't' -> 't';
            case 'b', 'p' -> 'p';
            case 'g' -> 'k';
            default -> c;
        };
    }

    static boolean shareAny(List<String> a, List<String> b) {
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int c = a.get(i).compareTo(b.get(j));
            if (c == 0) {
                return true;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** Whether {@code a} and {@code b} differ by one substitution, insertion, deletion or adjacent swap. */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    /** Jaro–Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to 4). */
    static double jaroWinkler(String s, String t) {
        int ls = s.length();
        int lt = t.length();
        if (ls == 0 || lt == 0) {
            return ls == lt ? 1 : 0;
        }
        int window = Math.max(0, Math.max(ls, lt) / 2 - 1);
        long sMatchedLow = 0;
        boolean[] sMatched = ls > 64 ? new boolean[ls] : null;
        boolean[] tMatched = new boolean[lt];
        int matches = 0;
        for (int i = 0; i < ls; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lt - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!tMatched[j] && s.charAt(i) == t.charAt(j)) {
                    tMatched[j] = true;
                    if (sMatched != null) {
                        sMatched[i] = true;
                    } else {
                        sMatchedLow |= 1L << i;
                    }
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < ls; i++) {
            boolean matched = sMatched != null ? sMatched[i] : (sMatchedLow & (1L << i)) != 0;
            if (matched) {
                while (!tMatched[k]) {
                    k++;
                }
                if (s.charAt(i) != t.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / ls + m / lt + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(ls, lt)) && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** The packed comparison vector of records {@code i} and {@code j}: 4 bits per field, field 0 lowest. */
    static long pattern(RecordFeatures features, int i, int j) {
        long p = 0;
        for (int f = 0; f < features.fields.length; f++) {
            p |= (long) compare(features, f, i, j) << (4 * f);
        }
        return p;
    }

    /** The level code of field {@code f} in a packed pattern. */
    static int level(long pattern, int f) {
        return (int) (pattern >>> (4 * f)) & 0xf;
    }
}
