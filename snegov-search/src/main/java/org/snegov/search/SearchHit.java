package org.snegov.search;

/**
 * One person found.
 *
 * @param personId   the person's id
 * @param name       the display name
 * @param nativeName the name in the person's own script, or null
 * @param birthYear  the birth year, or null
 * @param birthPlace the birthplace as written, or null
 * @param score      the relevance score, higher is better
 */
public record SearchHit(String personId, String name, String nativeName, Integer birthYear, String birthPlace,
                        float score) {
}
