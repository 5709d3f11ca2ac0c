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
 * @param why          why the person matched, one reason per query word, as data an interface can translate;
 *                     may be empty, never null
 * @param matchedWords the words of the person's names that matched, for highlighting; may be empty, never null
 */
public record SearchHit(String personId, String name, String nativeName, Integer birthYear, String birthPlace,
                        float score, List<MatchReason> why, Set<String> matchedWords) {

    public SearchHit {
        why = why == null ? List.of() : List.copyOf(why);
        matchedWords = matchedWords == null ? Set.of() : Set.copyOf(matchedWords);
    }

    /** A hit without reasons. */
    public SearchHit(String personId, String name, String nativeName, Integer birthYear, String birthPlace,
                     float score) {
        this(personId, name, nativeName, birthYear, birthPlace, score, List.of(), Set.of());
    }

    /** The reasons in English, one line per query word: "Snegow ≈ Снегов: German transliteration". */
    public List<String> reasons() {
        return why.stream().map(MatchReason::text).toList();
    }
}
