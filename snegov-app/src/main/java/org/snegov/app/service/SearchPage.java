package org.snegov.app.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snegov.names.NameKeys;
import org.snegov.search.PersonQuery;

/**
 * One page of search results.
 *
 * @param query  the query as typed
 * @param page   the page number, from 1
 * @param size   hits per page
 * @param total  how many persons match in all; a lower bound when {@code totalIsLowerBound}
 * @param hits   this page's hits, best first
 * @param facets facet counts over all matches, one entry per dimension; may be empty, never null
 * @param totalIsLowerBound whether counting stopped early: at least {@code total} persons match, maybe more
 * @param filters the filters of the query (birth years, places, events, sources, bare years), each with the query
 *                without it; may be empty, never null
 */
public record SearchPage(String query, int page, int size, long total, List<Hit> hits, List<Facet> facets,
                         boolean totalIsLowerBound, List<Filter> filters) {

    /**
     * One filter of the query, for a page to show and offer to remove.
     *
     * @param kind    {@code born}, {@code place}, {@code event}, {@code source} or {@code year}
     * @param value   the value as typed: "1895-1900", "Kiev", "arrest@1937", a source id, "1937"
     * @param display the value as a person reads it: a source by its file name, anything else as typed
     * @param without the query without this filter
     */
    public record Filter(String kind, String value, String display, String without) {
    }

    /**
     * One person found.
     *
     * @param personId   the person's id
     * @param name       the display name
     * @param nativeName the native-script name, or null
     * @param birthYear  the birth year, or null
     * @param birthPlace the birthplace as written, or null
     * @param score      relevance, higher is better
     * @param reasons    why the person matched, one line per query word ("Snegow ≈ Снегов: German
     *                   transliteration"); may be empty, never null
     * @param nameParts  the display name cut into parts, the matching words marked, for highlighting
     * @param nativeParts the native name cut likewise; empty when there is none
     * @param why        the same reasons as data, for an interface to say in its own language; may be empty,
     *                   never null
     */
    public record Hit(String personId, String name, String nativeName, Integer birthYear, String birthPlace,
                      float score, List<String> reasons, List<Part> nameParts, List<Part> nativeParts,
                      List<Reason> why) {

        public Hit {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
            nameParts = nameParts == null ? List.of(new Part(name, false)) : List.copyOf(nameParts);
            nativeParts = nativeParts == null ? List.of() : List.copyOf(nativeParts);
            why = why == null ? List.of() : List.copyOf(why);
        }

        /** A hit with reasons in English only. */
        public Hit(String personId, String name, String nativeName, Integer birthYear, String birthPlace,
                   float score, List<String> reasons, List<Part> nameParts, List<Part> nativeParts) {
            this(personId, name, nativeName, birthYear, birthPlace, score, reasons, nameParts, nativeParts, null);
        }

        /** A hit without reasons or highlighting. */
        public Hit(String personId, String name, String nativeName, Integer birthYear, String birthPlace,
                   float score) {
            this(personId, name, nativeName, birthYear, birthPlace, score, List.of(), null, null, null);
        }
    }

    /**
     * Why one query word matched, as data: {@code kind} names the evidence and is the key an interface translates
     * ({@code exact}, {@code same_letters}, {@code initial}, {@code transliteration}, {@code other_spelling},
     * {@code other_reading}, {@code given_name_variant}, {@code feminine_form}, {@code masculine_form},
     * {@code sounds_alike}, {@code same_place_text}, {@code same_place}, {@code former_place_name}).
     *
     * @param kind    the evidence, as a lower-case code
     * @param asked   the query word
     * @param found   the word of the person's names, or the place as written, that it matched
     * @param detail  the given-name group, or a place's modern name; null for the other kinds
     * @param systems the transliteration systems of a {@code transliteration}; empty otherwise
     * @param text    the reason in English, as the API gives it
     */
    public record Reason(String kind, String asked, String found, String detail,
                         List<org.snegov.names.NameTransliteration> systems, String text) {
        public Reason {
            systems = systems == null ? List.of() : List.copyOf(systems);
        }
    }

    /**
     * A piece of a name: a word that matched the query, or text between such words.
     *
     * @param text    the text, never null
     * @param matched whether it matched
     */
    public record Part(String text, boolean matched) {
    }

    /**
     * The counts of one facet dimension.
     *
     * @param dimension {@code event}, {@code birth_decade}, {@code place} or {@code source}
     * @param label     how the page titles it
     * @param values    the top values, largest first
     */
    public record Facet(String dimension, String label, List<FacetValue> values) {
        public Facet {
            values = List.copyOf(values);
        }
    }

    /**
     * One facet value.
     *
     * @param value  the value as indexed ("arrest", "1890s", "Kiev", a source id)
     * @param count  how many matching persons have it
     * @param refine  the query narrowed to this value, in the search syntax
     * @param display how the page shows the value (a source's file name for a source id)
     */
    public record FacetValue(String value, long count, String refine, String display) {
    }

    public SearchPage {
        hits = List.copyOf(hits);
        facets = facets == null ? List.of() : List.copyOf(facets);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    /** A page with an exact total and no filters. */
    public SearchPage(String query, int page, int size, long total, List<Hit> hits, List<Facet> facets) {
        this(query, page, size, total, hits, facets, false, List.of());
    }

    /** A page without facets or filters, with an exact total. */
    public SearchPage(String query, int page, int size, long total, List<Hit> hits) {
        this(query, page, size, total, hits, List.of(), false, List.of());
    }

    /** The query with every filter removed, names and words kept: what "clear all filters" searches for. */
    public String withoutFilters() {
        List<PersonQuery.Filter> all = PersonQuery.filters(query);
        StringBuilder q = new StringBuilder(query);
        // Last to first, so that the earlier filters' positions still hold.
        for (int i = all.size() - 1; i >= 0; i--) {
            q.replace(all.get(i).start(), all.get(i).end(), " ");
        }
        return q.toString().replaceAll("\\s+", " ").strip();
    }

    /** The number of pages known to exist, at least 1; more may follow when the total is a lower bound. */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return page < pages() || (totalIsLowerBound && hits.size() == size);
    }

    /** {@code text} cut at the words in {@code matched}, those words marked. */
    static List<Part> parts(String text, Set<String> matched) {
        List<Part> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        int at = 0;
        for (String word : NameKeys.words(text)) {
            int start = text.indexOf(word, at);
            if (start < 0) {
                continue;
            }
            if (matched.contains(word)) {
                if (start > at) {
                    parts.add(new Part(text.substring(at, start), false));
                }
                parts.add(new Part(word, true));
                at = start + word.length();
            }
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return parts;
    }
}
