package org.snegov.eval;

import org.snegov.model.PartialDate;

/**
 * A gold birth or death.
 *
 * @param date  the date at the precision the text states, or null when it gives none
 * @param place the place as the gold writes it, or null
 */
public record GoldVital(PartialDate date, String place) {
}
