package org.snegov.read.memorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.PartialDate;

/**
 * Finds the dates a clause of a record text states, in the forms the format uses: {@code 10.08.1938},
 * {@code 9.12.1937}, {@code 4 января 1939 г.}, {@code в ноябре 1935 г.}, {@code С апреля 1931 г.},
 * {@code В 1934 г.}, {@code В 1924-1927 гг.} (its start), {@code В 1919, 1920, 1921 гг.} (each year), and
 * their English renderings ({@code 4 January 1939}, {@code in November 1935}). The end of a range
 * ({@code по декабрь 1933 г.}) is not a date of its own. Stateless.
 */
final class DateFinder {

    /** Month stems, Russian (genitive, locative, nominative share them) and English, to month numbers. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("январ", 1), Map.entry("феврал", 2), Map.entry("март", 3), Map.entry("апрел", 4),
            Map.entry("ма", 5), Map.entry("июн", 6), Map.entry("июл", 7), Map.entry("август", 8),
            Map.entry("сентябр", 9), Map.entry("октябр", 10), Map.entry("ноябр", 11), Map.entry("декабр", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));

    /** The name of a month in Russian (any case) or English, as a group. */
    static final String MONTH = "(январ[яеь]|феврал[яеь]|марта?|марте|апрел[яеь]|ма[яйе]|июн[яеь]|июл[яеь]"
            + "|августа?|августе|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь]|January|February|March|April|May"
            + "|June|July|August|September|October|November|December)";
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:-го)?\\s+" + MONTH + "\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(в|с|по|in|from|until|to|since)?\\s*" + MONTH + "\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEARS = Pattern.compile(
            "(?<![\\d.])(1[6-9]\\d\\d|20\\d\\d)((?:\\s*(?:,|и|and)\\s*(?:1[6-9]\\d\\d|20\\d\\d))*)(\\s*-{1,2}\\s*\\d{4})?(?![\\d.])");
    private static final Pattern YEAR_IN = Pattern.compile("(?:1[6-9]\\d\\d|20\\d\\d)");

    private DateFinder() {
    }

    /**
     * A date written in a clause.
     *
     * @param date     the date
     * @param start    where its text starts in the searched string
     * @param end      where it ends
     * @param rangeEnd it closes a range ("по декабрь 1933 г."), so it is no event date of its own
     */
    record Found(PartialDate date, int start, int end, boolean rangeEnd) {
    }

    /** The dates of {@code text} in text order; a list of years ("1919, 1920 и 1921 гг.") gives one each. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            PartialDate d = day(m.group(3), m.group(2), m.group(1));
            if (d != null) add(found, taken, new Found(d, m.start(), m.end(), false));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                PartialDate d = day(m.group(3), Integer.toString(month(m.group(2))), m.group(1));
                if (d != null) add(found, taken, new Found(d, m.start(), m.end(), false));
            }
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int start = m.start(2);
            if (free(taken, start, m.end())) {
                String prep = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                boolean rangeEnd = prep.equals("по") || prep.equals("until") || prep.equals("to");
                add(found, taken, new Found(PartialDate.ofMonth(Integer.parseInt(m.group(3)), month(m.group(2))),
                        start, m.end(), rangeEnd));
            }
        }
        m = YEARS.matcher(text);
        while (m.find()) {
            if (!free(taken, m.start(), m.end())) continue;
            boolean rangeEnd = text.substring(Math.max(0, m.start() - 3), m.start()).matches("(?s).*(?:по|до|to)\\s");
            add(found, taken, new Found(PartialDate.ofYear(Integer.parseInt(m.group(1))), m.start(), m.start() + 4, rangeEnd));
            if (!m.group(2).isEmpty()) {
                Matcher y = YEAR_IN.matcher(m.group(2));
                int base = m.start(2);
                while (y.find()) {
                    found.add(new Found(PartialDate.ofYear(Integer.parseInt(y.group())), base + y.start(), base + y.end(), false));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /** The first date of {@code text} that starts something (not a range's end), or null. */
    static Found first(String text) {
        return find(text).stream().filter(f -> !f.rangeEnd()).findFirst().orElse(null);
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) return false;
        }
        return true;
    }

    private static void add(List<Found> found, boolean[] taken, Found f) {
        found.add(f);
        for (int i = f.start(); i < f.end(); i++) taken[i] = true;
    }

    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int len = w.length(); len >= 2; len--) {
            Integer n = MONTHS.get(w.substring(0, len));
            if (n != null) return n;
        }
        return 0;
    }

    private static PartialDate day(String year, String month, String day) {
        try {
            return PartialDate.ofDay(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
