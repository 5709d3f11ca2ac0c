package org.snegov.app.service;

import java.util.List;

/**
 * One page of search results.
 *
 * @param query the query as typed
 * @param page  the page number, from 1
 * @param size  hits per page
 * @param total how many persons match in all
 * @param hits  this page's hits, best first
 */
public record SearchPage(String query, int page, int size, long total, List<Hit> hits) {

    /**
     * One person found.
     *
     * @param personId   the person's id
     * @param name       the display name
     * @param nativeName the native-script name, or null
     * @param birthYear  the birth year, or null
     * @param birthPlace the birthplace as written, or null
     * @param score      relevance, higher is better
     */
    public record Hit(String personId, String name, String nativeName, Integer birthYear, String birthPlace,
                      float score) {
    }

    public SearchPage {
        hits = List.copyOf(hits);
    }

    /** The number of pages, at least 1. */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
