package org.snegov.model;

import java.util.Objects;

/**
 * The exact span of a source's text that supports a claim.
 *
 * @param sourceId the {@link Source#id()} the offsets index into
 * @param start    the first character, in UTF-16 units of {@link Source#text()}, {@code 0 <= start <= end}
 * @param end      one past the last character
 * @param text     the characters {@code [start, end)}; its length is {@code end - start}
 */
public record Evidence(String sourceId, int start, int end, String text) {

    public Evidence {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("evidence span [" + start + ", " + end + ") is not a span");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("evidence text has " + text.length() + " characters, span ["
                    + start + ", " + end + ") has " + (end - start));
        }
    }

    /** The span {@code [start, end)} of {@code text}, which is the whole text of source {@code sourceId}. */
    public static Evidence of(String sourceId, String text, int start, int end) {
        return new Evidence(sourceId, start, end, text.substring(start, end));
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Evidence other) {
        return sourceId.equals(other.sourceId) && start < other.end && other.start < end;
    }
}
