package org.snegov.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.snegov.model.NameKind;
import org.snegov.model.PartialDate;
import org.snegov.model.RelationType;

/** How values read on a page: dates at their precision, numbers, labels. Stateless. */
public final class Format {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Format() {
    }

    /** "1898", "June 1937", "4 January 1939", "1930s", with "c. " when approximate; "date unknown" for null. */
    public static String date(PartialDate date) {
        if (date == null) {
            return "date unknown";
        }
        String text = switch (date.precision()) {
            case DECADE -> date.year() + "s";
            case YEAR -> Integer.toString(date.year());
            case MONTH -> MONTHS[date.month() - 1] + " " + date.year();
            case DAY -> date.day() + " " + MONTHS[date.month() - 1] + " " + date.year();
        };
        return date.approximate() ? "c. " + text : text;
    }

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    public static String instant(Instant at) {
        return INSTANT.format(at);
    }

    /** "party_join" reads "Party join". */
    public static String eventType(String code) {
        String words = code.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    public static String nameKind(NameKind kind) {
        return switch (kind) {
            case PRIMARY -> "as written";
            case NATIVE -> "native script";
            case OTHER -> "other name";
        };
    }

    public static String relation(RelationType type) {
        return switch (type) {
            case ADVISED -> "Advised";
            case ADVISED_BY -> "Advised by";
            case WORKED_WITH -> "Worked with";
            case ACQUAINTED_WITH -> "Acquainted with";
            case DENOUNCED_BY -> "Denounced by";
        };
    }

    /** {@code value} encoded for a URL query parameter. */
    public static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
