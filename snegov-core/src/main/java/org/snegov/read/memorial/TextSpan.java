package org.snegov.read.memorial;

import java.util.Objects;

/**
 * A field of a record text as written: its characters and where they are.
 *
 * @param text  the characters {@code [start, end)} of the record text, never null
 * @param start the first character, {@code 0 <= start <= end}
 * @param end   one past the last character
 */
public record TextSpan(String text, int start, int end) {

    public TextSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("[" + start + ", " + end + ") does not fit '" + text + "'");
        }
    }

    /** The span {@code [start, end)} of {@code source}, narrowed to exclude outer whitespace; null if empty. */
    static TextSpan trimmed(String source, int start, int end) {
        while (start < end && Character.isWhitespace(source.charAt(start))) start++;
        while (end > start && Character.isWhitespace(source.charAt(end - 1))) end--;
        return start == end ? null : new TextSpan(source.substring(start, end), start, end);
    }

    /** The whole of {@code source} without outer whitespace; an empty span at 0 when blank. */
    static TextSpan trimmedWhole(String source) {
        TextSpan s = trimmed(source, 0, source.length());
        return s == null ? new TextSpan("", 0, 0) : s;
    }

    /** This span moved by {@code offset} characters, for a text embedded at {@code offset} in a larger one. */
    public TextSpan shifted(int offset) {
        return new TextSpan(text, start + offset, end + offset);
    }
}
