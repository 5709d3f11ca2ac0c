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
        if (to < text.length() && text.charAt(to) != '\n') {
            to++; // keep the full stop
        }
        return new Excerpt(text.substring(from, start).stripLeading(), text.substring(start, end),
                text.substring(end, Math.max(end, to)).stripTrailing());
    }

    private static boolean sentenceBreakBefore(String text, int i) {
        char prev = text.charAt(i - 1);
        return prev == '\n' || (i >= 2 && Character.isWhitespace(prev) && isStop(text.charAt(i - 2)));
    }

    private static boolean sentenceBreakAt(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (isStop(c) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
