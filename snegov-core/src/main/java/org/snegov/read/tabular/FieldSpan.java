package org.snegov.read.tabular;

/**
 * Where a field's value is written in the decoded file text.
 *
 * @param start   the first character of the value (inside the quotes of a quoted field)
 * @param end     one past its last character as written
 * @param escaped the written form differs from the value (doubled quotes, JSON escapes), so offsets inside the
 *                value map onto the text only approximately
 * @param written the characters {@code [start, end)} of the text
 */
public record FieldSpan(int start, int end, boolean escaped, String written) {

    public FieldSpan {
        java.util.Objects.requireNonNull(written, "written");
        if (start < 0 || end < start || written.length() != end - start) {
            throw new IllegalArgumentException("[" + start + ", " + end + ") is not a span");
        }
    }

    /** The text offset of character {@code offset} of the value {@code value} of this field. */
    public int at(String value, int offset) {
        if (!escaped) {
            return start + offset;
        }
        int quotes = 0;
        for (int i = 0; i < offset && i < value.length(); i++) {
            if (value.charAt(i) == '"') quotes++;
        }
        return Math.min(end, start + offset + quotes);
    }
}
