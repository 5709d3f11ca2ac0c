package org.snegov.model;

import java.util.Objects;

/**
 * One typed event of a person's life as one source states it.
 *
 * @param type        what happened
 * @param date        when it started or happened, at the precision stated; null when the text gives none
 * @param until       when it ended, for spans ("1939–1954"); null for points and open spans
 * @param place       where, or null
 * @param evidence    the span of the source that states it; never null: no event without evidence
 * @param conflicting another statement in the same source gives this event a different date
 */
public record LifeEvent(EventType type, PartialDate date, PartialDate until, Place place, Evidence evidence,
                        boolean conflicting) {

    public LifeEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        if (date != null && until != null && until.compareTo(date) < 0) {
            throw new IllegalArgumentException("event ends (" + until + ") before it starts (" + date + ")");
        }
    }

    public static LifeEvent of(EventType type, PartialDate date, Place place, Evidence evidence) {
        return new LifeEvent(type, date, null, place, evidence, false);
    }

    public LifeEvent withConflicting(boolean value) {
        return new LifeEvent(type, date, until, place, evidence, value);
    }
}
