package org.snegov.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date at the precision a source states it, possibly approximate. Month and day are 0 where unknown.
 *
 * @param precision   how much is known; {@link Precision#DECADE} keeps the decade's first year in {@code year}
 * @param year        the (proleptic Gregorian, New Style) year, 1 to 9999
 * @param month       1 to 12 at month or day precision, else 0
 * @param day         1 to the month's length at day precision, else 0
 * @param approximate the source hedges ("c. 1930", "about 1937")
 */
public record PartialDate(Precision precision, int year, int month, int day, boolean approximate)
        implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(~)?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|(~)?(\\d{3})0s");

    public PartialDate {
        if (precision == null) {
            throw new IllegalArgumentException("precision must not be null");
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is outside 1..9999");
        }
        boolean hasMonth = precision == Precision.MONTH || precision == Precision.DAY;
        if (hasMonth != (month != 0) || month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " does not fit precision " + precision);
        }
        if ((precision == Precision.DAY) != (day != 0)) {
            throw new IllegalArgumentException("day " + day + " does not fit precision " + precision);
        }
        if (precision == Precision.DAY) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day, e);
            }
        }
        if (precision == Precision.DECADE && year % 10 != 0) {
            throw new IllegalArgumentException("a decade starts on a year ending in 0, was " + year);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(Precision.YEAR, year, 0, 0, false);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(Precision.MONTH, year, month, 0, false);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(Precision.DAY, year, month, day, false);
    }

    public static PartialDate ofDecade(int firstYear) {
        return new PartialDate(Precision.DECADE, firstYear, 0, 0, false);
    }

    /** This date, marked approximate. */
    public PartialDate approximately() {
        return new PartialDate(precision, year, month, day, true);
    }

    /**
     * Parses the form {@link #iso()} writes: {@code 1937}, {@code 1937-06}, {@code 1939-01-04}, {@code 1930s},
     * each optionally prefixed by {@code ~} for approximate.
     *
     * @throws IllegalArgumentException naming the value and the forms allowed
     */
    public static PartialDate parse(String iso) {
        Matcher m = ISO.matcher(iso == null ? "" : iso.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Unrecognised date '" + iso
                    + "'; expected yyyy, yyyy-MM, yyyy-MM-dd or yyy0s, optionally prefixed by ~");
        }
        if (m.group(6) != null) {
            return new PartialDate(Precision.DECADE, Integer.parseInt(m.group(6)) * 10, 0, 0, m.group(5) != null);
        }
        boolean approx = m.group(1) != null;
        int year = Integer.parseInt(m.group(2));
        if (m.group(4) != null) {
            return new PartialDate(Precision.DAY, year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), approx);
        }
        if (m.group(3) != null) {
            return new PartialDate(Precision.MONTH, year, Integer.parseInt(m.group(3)), 0, approx);
        }
        return new PartialDate(Precision.YEAR, year, 0, 0, approx);
    }

    /** {@code 1937}, {@code 1937-06}, {@code 1939-01-04} or {@code 1930s}, without the approximate mark. */
    public String iso() {
        return switch (precision) {
            case DECADE -> String.format(java.util.Locale.ROOT, "%04ds", year);
            case YEAR -> String.format(java.util.Locale.ROOT, "%04d", year);
            case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
            case DAY -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        };
    }

    /** {@link #iso()} with a leading {@code ~} when approximate; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return (approximate ? "~" : "") + iso();
    }

    /** Orders by the earliest day each date can mean, then coarser before finer. */
    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) c = Integer.compare(month, o.month);
        if (c == 0) c = Integer.compare(day, o.day);
        if (c == 0) c = precision.compareTo(o.precision);
        return c;
    }
}
