package org.snegov.extract;

/**
 * Which characters of a paragraph lie inside parentheses or brackets, and which inside quotation marks. Straight
 * double quotes pair up in order; an unpaired last one encloses nothing. Immutable.
 */
final class Enclosures {

    private final int start;
    private final boolean[] parenthesized;
    private final boolean[] quoted;

    private Enclosures(int start, boolean[] parenthesized, boolean[] quoted) {
        this.start = start;
        this.parenthesized = parenthesized;
        this.quoted = quoted;
    }

    static Enclosures of(Span paragraph) {
        String t = paragraph.text();
        int n = t.length();
        boolean[] paren = new boolean[n];
        boolean[] quote = new boolean[n];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[') depth++;
            paren[i] = depth > 0;
            if ((c == ')' || c == ']') && depth > 0) depth--;
        }
        int open = -1;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '“' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                for (int k = open; k <= i; k++) quote[k] = true;
                open = -1;
            }
        }
        return new Enclosures(paragraph.start(), paren, quote);
    }

    /** Whether whole-text offset {@code at} is inside parentheses or brackets. */
    boolean inParentheses(int at) {
        int i = at - start;
        return i >= 0 && i < parenthesized.length && parenthesized[i];
    }

    /** Whether whole-text offset {@code at} is inside quotation marks. */
    boolean inQuotes(int at) {
        int i = at - start;
        return i >= 0 && i < quoted.length && quoted[i];
    }
}
