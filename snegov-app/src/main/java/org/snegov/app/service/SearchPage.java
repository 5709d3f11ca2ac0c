package org.snegov.app.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snegov.names.NameKeys;

/**
 * One page of search results.
 *
 * @param query  the query as typed
 * @param page   the page number, from 1
 * @param size   hits per page
 * @param total  how many persons match in all
 * @param hits   this page's hits, best first
 * @param facets facet counts over all matches, one entry per dimension; may be empty, never null
 */
public record SearchPage(String query, int page, int size, long total, List<Hit> hits, List<Facet> facets) {

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
     */
    public record Hit(String personId, String name, String nativeName, Integer birthYear, String birthPlace,
                      float score, List<String> reasons, List<Part> nameParts, List<Part> nativeParts) {

        public Hit {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
            nameParts = nameParts == null ? List.of(new Part(name, false)) : List.copyOf(nameParts);
            nativeParts = nativeParts == null ? List.of() : List.copyOf(nativeParts);
        }

        /** A hit without reasons or highlighting. */
        public Hit(String personId, String name, String nativeName, Integer birthYear, String birthPlace,
                   float score) {
            this(personId, name, nativeName, birthYear, birthPlace, score, List.of(), null, null);
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
    }

    /** A page without facets. */
    public SearchPage(String query, int page, int size, long total, List<Hit> hits) {
        this(query, page, size, total, hits, List.of());
    }

    /** The number of pages, at least 1. */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
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
