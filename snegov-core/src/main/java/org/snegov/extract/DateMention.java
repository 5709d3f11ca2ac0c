package org.snegov.extract;

import java.util.Objects;
import org.snegov.model.PartialDate;

/**
 * A date written in a text.
 *
 * @param span     where it is written
 * @param date     what it means (the New Style date when both styles are given; the start of a range)
 * @param until    the end of a range ("from 1937 to 1951"), or null
 * @param relative whether the text only refers back to an earlier date ("that same year", "in August")
 */
public record DateMention(Span span, PartialDate date, PartialDate until, boolean relative) {

    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(date, "date");
        if (until != null && until.compareTo(date) < 0) until = null;
    }
}
