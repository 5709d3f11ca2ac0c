package org.snegov.read.memorial;

import java.util.Objects;
import org.snegov.model.EventType;
import org.snegov.model.PartialDate;

/**
 * One penal or legal event a record text states.
 *
 * @param type     what happened
 * @param date     when it happened (a range gives its start), or null when the text gives no date
 * @param span     the clause stating it
 * @param body     the sentencing body ("Коллегией ОГПУ СССР"), or null
 * @param charge   the charge ("по обвинению в антисоветской агитации", "Ст. 74"), or null
 * @param term     the sentence ("к 3 годам ИТЛ"), or null
 */
public record MemorialEvent(EventType type, PartialDate date, TextSpan span, TextSpan body, TextSpan charge,
                            TextSpan term) {

    public MemorialEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }
}
