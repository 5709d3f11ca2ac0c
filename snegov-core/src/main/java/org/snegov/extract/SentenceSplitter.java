package org.snegov.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at {@code . ! ?} followed by white space and a capital, a digit or an opening
 * quote, but not after an initial ("A.I. Pantyukhov") or a common abbreviation ("St.", "O.S."). Stateless.
 */
public final class SentenceSplitter {

    private static final java.util.regex.Pattern DATE_OPENING = java.util.regex.Pattern.compile(
            "(?:^|[.!?]\\s+)(?:[ВвСс]\\s+)?(?:\\d{1,2}\\s+\\p{L}+\\s+)?\\d{4}\\s+гг?$");
    private static final Set<String> ABBREVIATIONS = Set.of("st", "mr", "mrs", "ms", "dr", "prof", "gen", "col",
            "lt", "capt", "sgt", "vs", "jr", "sr", "c", "ca", "approx", "etc", "e.g", "i.e", "cf", "vol",
            "ed", "eds", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "o.s", "n.s");

    /**
     * The sentences of {@code paragraph}, each stripped and non-empty, in order; together they cover every
     * non-blank character of the paragraph.
     */
    public List<Span> split(Span paragraph) {
        List<Span> out = new ArrayList<>();
        String t = paragraph.text();
        int n = t.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int end = i + 1;
            while (end < n && "\"'”’)]».!?".indexOf(t.charAt(end)) >= 0) end++;
            if (end < n && !Character.isWhitespace(t.charAt(end))) continue;
            int next = end;
            while (next < n && Character.isWhitespace(t.charAt(next))) next++;
            if (next < n && !opensSentence(t.charAt(next))) continue;
            if (c == '.' && isAbbreviation(t, i)) continue;
            add(out, paragraph, start, end);
            start = next;
            i = Math.max(i, end - 1);
        }
        add(out, paragraph, start, n);
        return out;
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘«([".indexOf(c) >= 0;
    }

    private static boolean isAbbreviation(String t, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '.')) s--;
        String word = t.substring(s, dot);
        if (word.isEmpty()) return false;
        if (word.equals("г") || word.equals("гг")) {
            // "2 августа 1938 г. Военной коллегией ... приговорён": the year's mark ends no sentence that the date opens
            return DATE_OPENING.matcher(t.substring(0, dot)).find();
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
        if (word.matches("(?:\\p{Lu}\\.)+\\p{Lu}")) return true;
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Span> out, Span paragraph, int from, int to) {
        if (from >= to) return;
        Span s = paragraph.sub(paragraph.start() + from, paragraph.start() + to).strip();
        if (!s.isEmpty()) out.add(s);
    }
}
