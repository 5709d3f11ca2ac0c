package org.snegov.app.service;

import org.snegov.search.PersonSearcher;
import org.snegov.search.SearchResult;

/** Searches persons, with the bounds every edge enforces. */
public final class SearchService {

    /** The longest query accepted, in characters. */
    public static final int MAX_QUERY = PersonSearcher.MAX_QUERY_LENGTH;
    /** The largest page accepted. */
    public static final int MAX_PAGE_SIZE = 100;

    private final Registry registry;

    public SearchService(Registry registry) {
        this.registry = registry;
    }

    /**
     * The {@code page}-th page of persons matching {@code query}, best first.
     *
     * @throws RegistryException {@link Failure#BAD_ARGUMENT} for a query over {@value #MAX_QUERY} characters,
     *                           a page below 1 or a size outside 1..{@value #MAX_PAGE_SIZE}
     */
    public SearchPage search(String query, int page, int size) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            throw RegistryException.badArgument("Query is " + q.length() + " characters long; at most " + MAX_QUERY
                    + " are allowed");
        }
        if (page < 1 || page > 10_000) {
            throw RegistryException.badArgument("Page " + page + " is out of range; pages run from 1 to 10000");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw RegistryException.badArgument("Page size " + size + " is out of range; allowed 1 to " + MAX_PAGE_SIZE);
        }
        SearchResult result = registry.searcher().search(q, (page - 1) * size, size);
        return new SearchPage(q, page, size, result.total(), result.hits().stream()
                .map(h -> new SearchPage.Hit(h.personId(), h.name(), h.nativeName(), h.birthYear(), h.birthPlace(),
                        h.score()))
                .toList());
    }
}
