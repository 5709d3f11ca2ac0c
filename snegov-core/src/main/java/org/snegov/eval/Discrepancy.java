package org.snegov.eval;

/**
 * One event the scorer could not match: a gold event missed or a predicted event in excess.
 *
 * @param slug     the document
 * @param kind     missed or extra
 * @param type     the event type code ({@code arrest})
 * @param date     the date as ISO text, or empty when none
 * @param evidence the evidence text
 */
public record Discrepancy(String slug, Kind kind, String type, String date, String evidence) {

    /** Which side the unmatched event is on. */
    public enum Kind {
        /** A gold event no predicted event matched. */
        MISSED,
        /** A predicted event no gold event matched. */
        EXTRA
    }

    /** {@code alexei-snegov MISSED arrest 1937-06 "Snegov was arrested in June 1937"}. */
    @Override
    public String toString() {
        return slug + " " + kind + " " + type + " " + (date.isEmpty() ? "-" : date) + " \"" + evidence + "\"";
    }
}
