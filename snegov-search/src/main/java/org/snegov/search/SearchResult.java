package org.snegov.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, best first, with facet counts over all matching persons.
 *
 * @param total             how many persons match in all; a lower bound when {@code totalIsLowerBound}
 * @param hits              the requested page; may be empty, never null
 * @param facets            per dimension ({@code event}, {@code birth_decade}, {@code place}, {@code source}) the
 *                          top values and their counts, largest first; may be empty, never null
 * @param totalIsLowerBound whether counting stopped early: at least {@code total} persons match, maybe more (see
 *                          {@link PersonSearcher#COUNT_UP_TO})
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
                           boolean totalIsLowerBound) {

    /**
     * One facet value.
     *
     * @param value the value (an event type code, "1890s", a place's modern name, a source id)
     * @param count how many matching persons have it
     */
    public record FacetCount(String value, long count) {
    }

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    /** A result with an exact total. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
        this(total, hits, facets, false);
    }

    /** A result with an exact total and without facets. */
    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, Map.of(), false);
    }
}
