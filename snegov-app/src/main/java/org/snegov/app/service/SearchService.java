package org.snegov.app.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snegov.search.MatchReason;
import org.snegov.search.PersonQuery;
import org.snegov.search.PersonSearcher;
import org.snegov.search.SearchResult;

/**
 * Searches persons, with the bounds every edge enforces. The query syntax is the searcher's (see
 * {@code org.snegov.search.PersonQuery}): free words in any script and spelling, {@code born:1898} or
 * {@code born:1895-1900}, {@code place:Kiev}, {@code event:arrest@1937}, {@code source:ID}, {@code name:WORD}.
 */
public final class SearchService {

    /** The longest query accepted, in characters. */
    public static final int MAX_QUERY = PersonSearcher.MAX_QUERY_LENGTH;
    /** The largest page accepted. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final Map<String, String> FACET_LABELS = Map.of("event", "Event", "birth_decade", "Born",
            "place", "Place", "source", "Source");

    private final Registry registry;

    public SearchService(Registry registry) {
        this.registry = registry;
    }

    /**
     * The {@code page}-th page of persons matching {@code query}, best first, with the reasons of each match and
     * facet counts over all matches.
     *
     * @throws RegistryException {@link Failure#BAD_ARGUMENT} for a query over {@value #MAX_QUERY} characters,
     *                           a page below 1 or a size outside 1..{@value #MAX_PAGE_SIZE}
     */
    public SearchPage search(String query, int page, int size) {
        return search(query, page, size, true);
    }

    /**
     * As {@link #search(String, int, int)}; facets are counted only when {@code countFacets} is set, because counting
     * them over every match of a common surname costs more than the search itself.
     */
    public SearchPage search(String query, int page, int size, boolean countFacets) {
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
        SearchResult result = registry.searcher().search(q, (page - 1) * size, size, countFacets);
        List<SearchPage.Facet> facets = new ArrayList<>();
        result.facets().forEach((dimension, counts) -> facets.add(new SearchPage.Facet(dimension,
                FACET_LABELS.getOrDefault(dimension, dimension), counts.stream()
                .map(c -> new SearchPage.FacetValue(c.value(), c.count(), refine(q, dimension, c.value()),
                        display(dimension, c.value())))
                .toList())));
        return new SearchPage(q, page, size, result.total(), result.hits().stream()
                .map(h -> new SearchPage.Hit(h.personId(), h.name(), h.nativeName(), h.birthYear(), h.birthPlace(),
                        h.score(), h.reasons(), SearchPage.parts(h.name(), h.matchedWords()),
                        SearchPage.parts(h.nativeName(), h.matchedWords()),
                        h.why().stream().map(SearchService::reason).toList()))
                .toList(), facets, result.totalIsLowerBound(), PersonQuery.filters(q).stream()
                .map(f -> new SearchPage.Filter(f.kind().name().toLowerCase(Locale.ROOT), f.value(),
                        f.kind() == PersonQuery.Filter.Kind.SOURCE ? display("source", f.value()) : f.value(),
                        f.removeFrom(q)))
                .toList());
    }

    private static SearchPage.Reason reason(MatchReason r) {
        return new SearchPage.Reason(r.kind().name().toLowerCase(Locale.ROOT), r.asked(), r.found(), r.detail(),
                r.systems(), r.text());
    }

    /** A facet value as a person reads it: a source by its file name, anything else as it is. */
    private String display(String dimension, String value) {
        if (!dimension.equals("source")) {
            return value;
        }
        return registry.store().read(r -> r.sources().name(value)).orElse(value);
    }

    /** {@code query} narrowed to one facet value, in the search syntax. */
    static String refine(String query, String dimension, String value) {
        String filter = switch (dimension) {
            case "event" -> "event:" + value;
            case "birth_decade" -> value.matches("\\d{4}s")
                    ? "born:" + value.substring(0, 4) + "-" + (Integer.parseInt(value.substring(0, 4)) + 9)
                    : "";
            case "place" -> "place:\"" + value.replace("\"", "") + "\"";
            case "source" -> "source:" + value;
            default -> "";
        };
        if (filter.isEmpty() || query.contains(filter)) {
            return query;
        }
        return (query + " " + filter).strip();
    }
}
