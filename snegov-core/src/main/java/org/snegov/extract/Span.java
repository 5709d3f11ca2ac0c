package org.snegov.extract;

import java.util.Objects;

/**
 * A stretch of a text, by character offsets into the whole text ({@code Source.text()}).
 *
 * @param start first character, {@code 0 <= start <= end}
 * @param end   one past the last character
 * @param text  the characters {@code [start, end)}; its length is {@code end - start}
 */
public record Span(int start, int end, String text) {

    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit its text of "
                    + text.length() + " characters");
        }
    }

    /** The span {@code [start, end)} of {@code whole}. */
    public static Span of(String whole, int start, int end) {
        return new Span(start, end, whole.substring(start, end));
    }

    /** This span without leading and trailing white space (possibly empty, at the same place). */
    public Span strip() {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new Span(start + s, start + e, text.substring(s, e));
    }

    /** The part {@code [from, to)} of this span, in whole-text offsets. */
    public Span sub(int from, int to) {
        return new Span(from, to, text.substring(from - start, to - start));
    }

    /** Whether {@code offset} lies inside {@code [start, end)}. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean isEmpty() {
        return start == end;
    }
}
