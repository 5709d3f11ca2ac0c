package org.snegov.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.PartialDate;

/**
 * Finds English dates in a text: "4 January 1939", "January 4, 1939", "June 1937", "1937", "1907-06-18",
 * "the 1930s", "early 1937", ranges ("from July to November 1919", "1937–1951"), Old Style/New Style pairs
 * ("13 July [O.S. 1 July] 1894", "20 February (5 March) 1917", "3 (16) January 1905", "February 20 (March 5),
 * 1917": the New Style date counts) and dates that lean on an earlier year ("that same
 * year", "in August"). Month names must be capitalised so that "may" and "march" stay verbs. Stateless.
 */
public final class EnglishDateFinder implements DateFinder {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String YEAR = "(?:1[0-9]{3}|20[0-9]{2})";
    private static final String DAY = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static String style(String n) {
        return "(?:\\s*[\\[(](?<style" + n + ">O\\.\\s?S\\.|N\\.\\s?S\\.|Old Style|New Style):?"
                + "\\s*(?<styled" + n + ">[^\\])]{1,40})[\\])]\\s*)";
    }

    private static final String DASH = "\\s*(?:–|—|-|to|until|till|through)\\s*";
    /** Every date starts with a digit, a capital or one of a few words: a cheap first test at each position. */
    private static final String START = "\\b(?=[0-9]|[JFMASOND][a-z]|(?i:in\\b|by\\b|since|until|till|from|of\\b|on\\b|early|late|end\\b"
            + "|beginning|that\\b|the\\b|a\\b|one\\b|two|three|four|five|six|seven|eight|nine|ten|eleven))";
    private static final Pattern DATES = Pattern.compile(START + "(?:" + String.join("|",
            "(?<iso>\\b" + YEAR + "-[01][0-9]-[0-3][0-9]\\b)",
            "(?<night>\\b(?i:the)\\s+night\\s+of\\s+(?:the\\s+)?(?<nd1>" + DAY + ")\\s*(?:to|–|-|and)\\s*(?:the\\s+)?(?<nd2>" + DAY + ")\\s+"
                    + "(?<ndm>" + MONTH + ")(?:,?\\s+(?<ndy>" + YEAR + "))?\\b)",
            "(?<dr>\\b(?<drd1>" + DAY + ")\\s*(?:–|-|to)\\s*(?<drd2>" + DAY + ")\\s+(?<drm>" + MONTH + "),?\\s+(?<dry>" + YEAR + ")\\b)",
            "(?<mmr>\\b(?<mmr1>" + MONTH + ")" + DASH + "(?<mmr2>" + MONTH + "),?\\s+(?<mmry>" + YEAR + ")\\b)",
            "(?<osp>\\b(?<ospd>" + DAY + ")\\s+(?<ospm>" + MONTH + ")(?:,?\\s+(?<ospy0>" + YEAR + "))?\\s*\\(\\s*(?<nspd>" + DAY + ")\\s+(?<nspm>" + MONTH
                    + ")(?:,?\\s+(?<nspy>" + YEAR + "))?\\s*\\)(?:,?\\s*(?<ospy>" + YEAR + ")\\b)?)",
            "(?<dsm>\\b(?<dsmd>" + DAY + ")\\s*[\\[(](?:O\\.\\s?S\\.|Old Style):?\\s*" + DAY + "[\\])]\\s+(?<dsmm>" + MONTH
                    + "),?\\s+(?<dsmy>" + YEAR + ")\\b)",
            "(?<osd>\\b(?<osdd>" + DAY + ")\\s*\\(\\s*(?<nsdd>" + DAY + ")\\s*\\)\\s+(?<osdm>" + MONTH + "),?\\s+(?<osdy>" + YEAR + ")\\b)",
            "(?<mdos>\\b(?<mdosm>" + MONTH + ")\\s+(?<mdosd>" + DAY + ")\\s*\\(\\s*(?<mdnsm>" + MONTH + ")\\s+(?<mdnsd>" + DAY
                    + ")\\s*\\),?\\s+(?<mdosy>" + YEAR + ")\\b)",
            "(?<dmy>\\b(?<dmyd>" + DAY + ")\\s+(?<dmym>" + MONTH + ")" + style("1") + "?,?\\s*(?<dmyy>" + YEAR + ")\\b)",
            "(?<mdy>\\b(?<mdym>" + MONTH + ")\\s+(?<mdyd>" + DAY + ")" + style("2") + "?,?\\s+(?<mdyy>" + YEAR + ")\\b)",
            "(?<dm>\\b(?<dmd>" + DAY + ")\\s+(?<dmm>" + MONTH + ")\\b(?:\\s+of\\s+(?:that|the\\s+same)\\s+year\\b)?"
                    + "(?![\\s,]*(?:[\\[(]|" + YEAR + "\\b)))",
            "(?<md>\\b(?<mdm>" + MONTH + ")\\s+(?<mdd>" + DAY + ")\\b(?![\\s,]*(?:[\\[(]|" + YEAR + "\\b|\\d)))",
            "(?<my>\\b(?<mym>" + MONTH + "),?\\s+(?<myy>" + YEAR + ")\\b)",
            "(?<dec>\\b(?<decy>1[0-9]{2}0|20[0-9]0)'?s\\b)",
            "(?<yr>\\b(?<yr1>" + YEAR + ")(?:(?:–|—|-|\\s+to\\s+|\\s+until\\s+)(?<yr2>" + YEAR + "))?\\b(?!-[01]?[0-9]\\b))",
            "(?<same>\\b(?i:that (?:same )?(?:year|summer|autumn|fall|winter|spring)|the same year)\\b)",
            "(?<thatm>\\b(?i:that)\\s+(?<thatmm>" + MONTH + ")\\b(?![\\s,]+(?:[0-9]|" + MONTH + ")))",
            "(?<sameday>\\b(?i:(?:that|the) same day|that day)\\b)",
            "(?<days>\\b(?i:the (?:next|following) day|(?<daysn>a|one|two|three|four|five|six|seven|eight|nine|ten"
                    + "|\\d{1,2}) days? later)\\b)",
            "(?<nmonth>\\b(?i:the (?:following|next) month|a month later)\\b)",
            "(?<weeks>\\b(?i:(?<weeksn>a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) weeks? later)\\b)",
            "(?<months>\\b(?i:(?<monthsn>two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) months later)\\b)",
            "(?<dor>\\b(?<dord1>" + DAY + ")\\s+or\\s+(?<dord2>" + DAY + ")\\s+(?<dorm>" + MONTH + "),?\\s+(?<dory>" + YEAR + ")\\b)",
            "(?<next>\\b(?i:the (?:following|next) (?:year|spring|summer|autumn|fall|winter)|a year later|(?<nextn>two|three|four|five|six|seven|eight|nine"
                    + "|ten|\\d{1,2}) years later)\\b)",
            "(?<mo>\\b(?i:in|by|since|until|till|from|of|on|early|late|end of|beginning of)\\s+(?<mom>" + MONTH + ")\\b(?![\\s,]+(?:[0-9]|" + MONTH + "))(?!" + DASH + MONTH + ")"
                    + "(?:\\s+of\\s+(?:that|the\\s+same)\\s+year\\b)?)") + ")");
    private static final Pattern TRAILING_NEW_STYLE = Pattern.compile("\\s*[\\[(](?:N\\.\\s?S\\.|New Style):?\\s*"
            + "([^\\])]{1,40})[\\])]");
    private static final Pattern APPROX = Pattern.compile("(?:c\\.|ca\\.|circa|about|around|approximately)\\s*$");

    /**
     * The dates in {@code span}, in text order.
     *
     * @param span        the text to search
     * @param contextYear the year that relative dates lean on before the first absolute date of {@code span};
     *                    0 when none is known (relative dates are then skipped)
     */
    @Override
    public List<DateMention> find(Span span, int contextYear) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATES.matcher(span.text());
        int year = contextYear;
        PartialDate day = null;
        PartialDate month = null;
        while (m.find()) {
            Optional<DateMention> d = mention(span, m, year, day, month);
            if (d.isEmpty()) continue;
            DateMention dm = d.get();
            if (!dm.relative() || m.group("next") != null) year = (dm.until() != null ? dm.until() : dm.date()).year();
            if (dm.date().precision() == org.snegov.model.Precision.DAY) day = dm.date();
            if (dm.date().precision().compareTo(org.snegov.model.Precision.MONTH) >= 0) month = dm.date();
            out.add(dm);
        }
        return out;
    }

    /** The first date of {@code text}, if any, with no earlier year to lean on. */
    public Optional<PartialDate> parse(String text) {
        List<DateMention> found = find(new Span(0, text.length(), text), 0);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).date());
    }

    private static Optional<DateMention> mention(Span span, Matcher m, int contextYear, PartialDate contextDay,
                                                 PartialDate contextMonth) {
        Span at = span.sub(span.start() + m.start(), span.start() + m.end());
        try {
            PartialDate date;
            PartialDate until = null;
            boolean relative = false;
            if (m.group("iso") != null) {
                date = PartialDate.parse(m.group("iso"));
            } else if (m.group("night") != null) {
                // "the night of 14 to 15 March 1935": what happens that night is dated by its morning
                if (m.group("ndy") == null && contextYear == 0) return Optional.empty();
                relative = m.group("ndy") == null;
                date = PartialDate.ofDay(relative ? contextYear : year(m.group("ndy")), month(m.group("ndm")),
                        day(m.group("nd2")));
            } else if (m.group("dr") != null) {
                int y = year(m.group("dry"));
                date = PartialDate.ofDay(y, month(m.group("drm")), day(m.group("drd1")));
                until = PartialDate.ofDay(y, month(m.group("drm")), day(m.group("drd2")));
            } else if (m.group("mmr") != null) {
                int y = Integer.parseInt(m.group("mmry"));
                int m1 = month(m.group("mmr1"));
                int m2 = month(m.group("mmr2"));
                date = PartialDate.ofMonth(m1 <= m2 ? y : y - 1, m1);
                until = PartialDate.ofMonth(y, m2);
            } else if (m.group("osp") != null) {
                // "20 February (5 March) 1917": an Old Style date with its New Style one in brackets
                String y = m.group("nspy") != null ? m.group("nspy")
                        : m.group("ospy") != null ? m.group("ospy") : m.group("ospy0");
                if (y == null) return Optional.empty();
                date = PartialDate.ofDay(year(y), month(m.group("nspm")), day(m.group("nspd")));
            } else if (m.group("dsm") != null) {
                // "14 [O.S. 1] March 1906": the New Style day first, the Old Style one in brackets
                date = PartialDate.ofDay(year(m.group("dsmy")), month(m.group("dsmm")), day(m.group("dsmd")));
            } else if (m.group("osd") != null) {
                // "3 (16) January 1905": the New Style day in brackets, in the next month when it is the smaller
                int y = year(m.group("osdy"));
                int mo = month(m.group("osdm"));
                int ns = day(m.group("nsdd"));
                if (ns < day(m.group("osdd"))) {
                    y = mo == 12 ? y + 1 : y;
                    mo = mo % 12 + 1;
                }
                date = PartialDate.ofDay(y, mo, ns);
            } else if (m.group("mdos") != null) {
                date = PartialDate.ofDay(year(m.group("mdosy")), month(m.group("mdnsm")), day(m.group("mdnsd")));
            } else if (m.group("dmy") != null) {
                date = styled(m.group("style1"), m.group("styled1"),
                        PartialDate.ofDay(year(m.group("dmyy")), month(m.group("dmym")), day(m.group("dmyd"))));
            } else if (m.group("mdy") != null) {
                date = styled(m.group("style2"), m.group("styled2"),
                        PartialDate.ofDay(year(m.group("mdyy")), month(m.group("mdym")), day(m.group("mdyd"))));
            } else if (m.group("my") != null) {
                date = PartialDate.ofMonth(year(m.group("myy")), month(m.group("mym")));
            } else if (m.group("dec") != null) {
                date = PartialDate.ofDecade(Integer.parseInt(m.group("decy")));
            } else if (m.group("yr") != null) {
                date = PartialDate.ofYear(year(m.group("yr1")));
                if (m.group("yr2") != null) until = PartialDate.ofYear(year(m.group("yr2")));
            } else if (m.group("dm") != null) {
                if (contextYear == 0) return Optional.empty();
                date = PartialDate.ofDay(contextYear, month(m.group("dmm")), day(m.group("dmd")));
                relative = true;
            } else if (m.group("md") != null) {
                if (contextYear == 0) return Optional.empty();
                date = PartialDate.ofDay(contextYear, month(m.group("mdm")), day(m.group("mdd")));
                relative = true;
            } else if (m.group("days") != null) {
                if (contextDay == null) return Optional.empty();
                java.time.LocalDate d = java.time.LocalDate.of(contextDay.year(), contextDay.month(), contextDay.day())
                        .plusDays(m.group("daysn") == null ? 1 : count(m.group("daysn")));
                date = PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                relative = true;
            } else if (m.group("nmonth") != null) {
                if (contextMonth == null) return Optional.empty();
                int mo = contextMonth.month() % 12 + 1;
                date = PartialDate.ofMonth(mo == 1 ? contextMonth.year() + 1 : contextMonth.year(), mo);
                relative = true;
            } else if (m.group("weeks") != null) {
                if (contextDay == null) return Optional.empty();
                java.time.LocalDate d = java.time.LocalDate.of(contextDay.year(), contextDay.month(), contextDay.day())
                        .plusWeeks(count(m.group("weeksn")));
                date = PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                relative = true;
            } else if (m.group("months") != null) {
                if (contextMonth == null) return Optional.empty();
                java.time.YearMonth mo = java.time.YearMonth.of(contextMonth.year(), contextMonth.month())
                        .plusMonths(count(m.group("monthsn")));
                date = PartialDate.ofMonth(mo.getYear(), mo.getMonthValue());
                relative = true;
            } else if (m.group("dor") != null) {
                // "on either 20 or 21 September 1937": the sources disagree on the day, so the month is what is known
                date = PartialDate.ofMonth(year(m.group("dory")), month(m.group("dorm")));
            } else if (m.group("sameday") != null) {
                if (contextDay == null) return Optional.empty();
                date = contextDay;
                relative = true;
            } else if (m.group("next") != null) {
                if (contextYear == 0) return Optional.empty();
                date = PartialDate.ofYear(contextYear + years(m.group("nextn")));
                relative = true;
            } else if (m.group("thatm") != null) {
                // "rehabilitated that December": the month of the year last written
                if (contextYear == 0) return Optional.empty();
                date = PartialDate.ofMonth(contextYear, month(m.group("thatmm")));
                relative = true;
            } else if (m.group("same") != null) {
                if (contextYear == 0) return Optional.empty();
                date = PartialDate.ofYear(contextYear);
                relative = true;
            } else {
                if (contextYear == 0) return Optional.empty();
                int s = m.start("mom");
                at = span.sub(span.start() + s, span.start() + m.end("mom"));
                date = PartialDate.ofMonth(contextYear, month(m.group("mom")));
                relative = true;
            }
            if ((m.group("dmy") != null || m.group("mdy") != null)
                    && m.group("style1") == null && m.group("style2") == null) {
                Matcher ns = TRAILING_NEW_STYLE.matcher(span.text()).region(m.end(), span.text().length());
                if (ns.lookingAt()) {
                    date = styled("N", ns.group(1), date);
                    at = span.sub(at.start(), span.start() + ns.end());
                }
            }
            if (APPROX.matcher(span.text().substring(Math.max(0, m.start() - 14), m.start())).find()) {
                date = date.approximately();
            }
            return Optional.of(new DateMention(at, date, until, relative));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The New Style date of an Old Style/New Style pair whose outer date is {@code outer}. */
    private static PartialDate styled(String style, String inner, PartialDate outer) {
        if (style == null || !style.toUpperCase(Locale.ROOT).startsWith("N")) return outer;
        Matcher d = Pattern.compile("(" + DAY + ")\\s+(" + MONTH + ")(?:,?\\s*(" + YEAR + "))?").matcher(inner);
        if (!d.find()) return outer;
        int y = d.group(3) != null ? year(d.group(3)) : outer.year();
        return PartialDate.ofDay(y, month(d.group(2)), day(d.group(1)));
    }

    private static int count(String n) {
        String l = n.toLowerCase(Locale.ROOT);
        if (l.equals("a") || l.equals("one")) return 1;
        return years(n);
    }

    private static int years(String n) {
        if (n == null) return 1;
        int i = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
                .indexOf(n.toLowerCase(Locale.ROOT));
        return i >= 0 ? i + 2 : Integer.parseInt(n);
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    private static int day(String s) {
        return Integer.parseInt(s.replaceAll("\\D", ""));
    }

    private static int month(String s) {
        String p = s.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (p) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + s);
        };
    }
}
