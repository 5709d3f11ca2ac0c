package org.snegov.model;

/**
 * Birth or death as one source states it: either part may be missing, the evidence never is.
 *
 * @param date     the date at its precision, or null
 * @param place    the place, or null
 * @param evidence the span stating it
 */
public record Vital(PartialDate date, Place place, Evidence evidence) {

    public Vital {
        if (evidence == null) {
            throw new IllegalArgumentException("a birth or death needs its evidence");
        }
    }
}
