package org.snegov.extract;

import java.util.List;

/** Finds the dates written in a text, in one language. */
public interface DateFinder {

    /**
     * The dates in {@code span}, in text order.
     *
     * @param span        the text to search
     * @param contextYear the year that relative dates lean on before the first absolute date of {@code span};
     *                    0 when none is known (relative dates are then skipped)
     * @return the dates; may be empty, never null
     */
    List<DateMention> find(Span span, int contextYear);
}
