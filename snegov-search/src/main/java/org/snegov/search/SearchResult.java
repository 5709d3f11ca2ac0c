package org.snegov.search;

import java.util.List;

/**
 * A page of hits, best first.
 *
 * @param total how many persons match in all
 * @param hits  the requested page; may be empty, never null
 */
public record SearchResult(long total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
