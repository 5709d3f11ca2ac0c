package org.snegov.app.service;

import java.util.List;
import org.snegov.store.SourceSummary;

/**
 * A source page: its verbatim text cut into plain and highlighted segments.
 *
 * @param summary  the source's metadata
 * @param segments the text shown, in order; joined, they give characters {@code [from, to)} back exactly
 * @param from     the first character shown
 * @param to       one past the last character shown
 * @param length   the length of the whole text
 */
public record SourceView(SourceSummary summary, List<Segment> segments, int from, int to, int length) {

    /** Whether only part of the text is shown. */
    public boolean partial() {
        return from > 0 || to < length;
    }

    public SourceView {
        segments = List.copyOf(segments);
    }

    /**
     * A run of the text.
     *
     * @param text     the characters
     * @param starts   evidence spans starting in this run (their anchors); empty for plain text
     * @param labels   what the spans support ("arrest 1937-06", "birth"); empty for plain text
     * @param personId the person whose facts these are, or null (plain text, or a span cited from elsewhere)
     */
    public record Segment(String text, List<Integer> starts, List<String> labels, String personId) {

        public Segment {
            starts = List.copyOf(starts);
            labels = List.copyOf(labels);
        }

        public boolean highlighted() {
            return !starts.isEmpty();
        }
    }
}
