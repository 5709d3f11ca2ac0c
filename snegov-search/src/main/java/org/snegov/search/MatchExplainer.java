package org.snegov.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.snegov.names.NameKeys;
import org.snegov.names.NameTransliteration;
import org.snegov.names.SurnameForms;
import org.snegov.places.PlaceMatch;

/**
 * Says why a person matched, word by word, in the order of {@link QueryBuilder}'s evidence: "Snegow ≈ Снегов:
 * German transliteration", "Alexis ≈ Алексей: variant of the given name Алексей", "Ленинград = Saint
 * Petersburg: former name". Works on the stored names of one hit, so it costs nothing for hits not shown.
 */
final class MatchExplainer {

    /** What one hit's match came to: the reasons, and the words of its names that matched. */
    record Explanation(List<MatchReason> reasons, Set<String> matchedWords) {
    }

    private MatchExplainer() {
    }

    static Explanation explain(PersonQuery query, List<String> names, List<String> placesAsWritten) {
        List<MatchReason> reasons = new ArrayList<>();
        Set<String> matched = new LinkedHashSet<>();
        List<String> nameWords = new ArrayList<>();
        for (String n : names) {
            nameWords.addAll(NameKeys.words(n));
        }
        List<String> asked = new ArrayList<>(query.words());
        asked.addAll(query.nameWords());
        for (String phrase : asked) {
            for (String w : NameKeys.words(phrase)) {
                MatchReason reason = explainWord(w, nameWords, matched);
                if (reason == null) {
                    reason = explainPlace(w, placesAsWritten);
                }
                if (reason != null && !reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
        }
        for (String place : query.places()) {
            MatchReason reason = explainPlace(place, placesAsWritten);
            if (reason != null && !reasons.contains(reason)) {
                reasons.add(reason);
            }
        }
        return new Explanation(reasons, matched);
    }

    private static MatchReason explainWord(String w, List<String> nameWords, Set<String> matched) {
        String fold = NameKeys.fold(w);
        boolean initial = w.codePointCount(0, w.length()) == 1;
        for (String nw : nameWords) {
            if (NameKeys.fold(nw).equals(fold)) {
                matched.add(nw);
                return MatchReason.of(w.equals(nw) ? MatchReason.Kind.EXACT : MatchReason.Kind.SAME_LETTERS, w, nw);
            }
        }
        if (initial) {
            String letter = NameTokens.initial(w);
            for (String nw : nameWords) {
                if (nw.length() > 1 && letter != null && letter.equals(NameTokens.initial(nw))) {
                    matched.add(nw);
                    return MatchReason.of(MatchReason.Kind.INITIAL, w, nw);
                }
            }
            return null;
        }
        String own = NameKeys.canonical(w);
        Set<String> readings = NameKeys.readings(w);
        // A Latin spelling is best explained against the Cyrillic original, where the record has one.
        List<String> originalsFirst = new ArrayList<>(nameWords);
        originalsFirst.sort(java.util.Comparator.comparing(nw -> nw.chars().noneMatch(c -> c >= 0x400 && c <= 0x4FF)));
        for (String nw : originalsFirst) {
            String key = NameKeys.canonical(nw);
            if (key.equals(own) || readings.contains(key)) {
                matched.add(nw);
                return reading(w, nw, key.equals(own));
            }
        }
        Set<String> groups = NameTokens.groupsOf(w);
        for (String nw : nameWords) {
            for (String g : NameTokens.groupsOf(nw)) {
                if (groups.contains(g)) {
                    matched.add(nw);
                    return new MatchReason(MatchReason.Kind.GIVEN_NAME_VARIANT, w, nw, g, List.of());
                }
            }
        }
        String neutral = SurnameForms.neutralKey(w);
        for (String nw : nameWords) {
            if (!neutral.isEmpty() && neutral.equals(SurnameForms.neutralKey(nw))) {
                matched.add(nw);
                return MatchReason.of(SurnameForms.isFeminine(nw) ? MatchReason.Kind.FEMININE_FORM
                        : MatchReason.Kind.MASCULINE_FORM, w, nw);
            }
        }
        Set<String> codes = NameTokens.word(w).phonetic();
        for (String nw : nameWords) {
            for (String c : NameTokens.word(nw).phonetic()) {
                if (codes.contains(c)) {
                    matched.add(nw);
                    return MatchReason.of(MatchReason.Kind.SOUNDS_ALIKE, w, nw);
                }
            }
        }
        return null;
    }

    private static MatchReason reading(String latin, String target, boolean sameKey) {
        boolean targetCyrillic = target.chars().anyMatch(c -> c >= 0x400 && c <= 0x4FF);
        if (targetCyrillic && latin.chars().noneMatch(c -> c >= 0x400 && c <= 0x4FF)) {
            List<NameTransliteration> systems = NameKeys.systemsReading(latin, target);
            if (!systems.isEmpty()) {
                return new MatchReason(MatchReason.Kind.TRANSLITERATION, latin, target, null, systems);
            }
        }
        return MatchReason.of(sameKey ? MatchReason.Kind.OTHER_SPELLING : MatchReason.Kind.OTHER_READING, latin,
                target);
    }

    private static MatchReason explainPlace(String text, List<String> placesAsWritten) {
        PlaceMatch asked = Places.resolve(text, null);
        if (asked == null) {
            return null;
        }
        for (String place : placesAsWritten) {
            PlaceMatch m = Places.resolve(place, null);
            if (m != null && m.geonameId() == asked.geonameId()) {
                MatchReason.Kind how = text.equalsIgnoreCase(place) ? MatchReason.Kind.SAME_PLACE_TEXT
                        : m.historical() ? MatchReason.Kind.FORMER_PLACE_NAME : MatchReason.Kind.SAME_PLACE;
                return new MatchReason(how, text, place, m.modernName(), List.of());
            }
        }
        return null;
    }
}
