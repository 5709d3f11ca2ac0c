package org.snegov.eval;

import java.util.List;
import java.util.Objects;
import org.snegov.model.EventType;
import org.snegov.model.PartialDate;

/**
 * One event a careful reader finds in a text.
 *
 * @param type     the event type
 * @param date     the date as stated, or null when the text gives none (then any predicted date agrees)
 * @param altDates other dates a reader could defend; may be empty, never null
 * @param place    the place, or null (not scored)
 * @param evidence an exact substring of the text; located at its first occurrence
 */
public record GoldEvent(EventType type, PartialDate date, List<PartialDate> altDates, String place, String evidence) {

    public GoldEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        altDates = List.copyOf(altDates);
    }
}
