package org.snegov.search;

import java.util.List;
import java.util.Set;

/**
 * One person found.
 *
 * @param personId     the person's id
 * @param name         the display name
 * @param nativeName   the name in the person's own script, or null
 * @param birthYear    the birth year, or null
 * @param birthPlace   the birthplace as written, or null
 * @param score        the relevance score, higher is better
 * @param reasons      why the person matched, one line per query word: "Snegow ≈ Снегов: German
 *                     transliteration"; may be empty, never null
 * @param matchedWords the words of the person's names that matched, for highlighting; may be empty, never null
 */
public record SearchHit(String personId, String name, String nativeName, Integer birthYear, String birthPlace,
                        float score, List<String> reasons, Set<String> matchedWords) {

    public SearchHit {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        matchedWords = matchedWords == null ? Set.of() : Set.copyOf(matchedWords);
    }

    /** A hit without reasons. */
    public SearchHit(String personId, String name, String nativeName, Integer birthYear, String birthPlace,
                     float score) {
        this(personId, name, nativeName, birthYear, birthPlace, score, List.of(), Set.of());
    }
}
