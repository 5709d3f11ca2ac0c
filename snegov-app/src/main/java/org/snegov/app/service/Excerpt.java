package org.snegov.app.service;

import org.snegov.model.Evidence;

/**
 * An evidence span in the sentence around it, for showing a fact with its context.
 *
 * @param before      the sentence's text before the span (may be empty)
 * @param highlighted the span itself
 * @param after       the sentence's text after the span (may be empty)
 */
public record Excerpt(String before, String highlighted, String after) {

    private static final int MAX_CONTEXT = 240;

    /** The sentence (or line) of {@code text} around {@code evidence}, cut at {@value #MAX_CONTEXT} characters a side. */
    public static Excerpt around(String text, Evidence evidence) {
        int start = Math.min(evidence.start(), text.length());
        int end = Math.min(evidence.end(), text.length());
        int from = start;
        while (from > 0 && start - from < MAX_CONTEXT && !sentenceBreakBefore(text, from)) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < MAX_CONTEXT && !sentenceBreakAt(text, to)) {
            to++;
        }
        return new Excerpt(text.substring(from, start).stripLeading(), text.substring(start, end),
                text.substring(end, Math.max(end, to)).stripTrailing());
    }

    /** Whether a sentence starts at {@code i}: after a line break, or after a stop (and closing quotes) and a space. */
    private static boolean sentenceBreakBefore(String text, int i) {
        char prev = text.charAt(i - 1);
        if (prev == '\n') {
            return true;
        }
        if (!Character.isWhitespace(prev)) {
            return false;
        }
        int j = i - 2;
        while (j >= 0 && isClosing(text.charAt(j))) {
            j--;
        }
        return j >= 0 && isStop(text.charAt(j));
    }

    /** Whether a sentence ends just before {@code i}: at a line break, or after a stop (and closing quotes). */
    private static boolean sentenceBreakAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (!Character.isWhitespace(c) || i == 0) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && isClosing(text.charAt(j))) {
            j--;
        }
        return j >= 0 && isStop(text.charAt(j));
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == '\u00BB';
    }
}
