package org.snegov.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    record Explanation(List<String> reasons, Set<String> matchedWords) {
    }

    private MatchExplainer() {
    }

    static Explanation explain(PersonQuery query, List<String> names, List<String> placesAsWritten) {
        List<String> reasons = new ArrayList<>();
        Set<String> matched = new LinkedHashSet<>();
        List<String> nameWords = new ArrayList<>();
        for (String n : names) {
            nameWords.addAll(NameKeys.words(n));
        }
        List<String> asked = new ArrayList<>(query.words());
        asked.addAll(query.nameWords());
        for (String phrase : asked) {
            for (String w : NameKeys.words(phrase)) {
                String reason = explainWord(w, nameWords, matched);
                if (reason == null) {
                    reason = explainPlace(w, placesAsWritten);
                }
                if (reason != null && !reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
        }
        for (String place : query.places()) {
            String reason = explainPlace(place, placesAsWritten);
            if (reason != null && !reasons.contains(reason)) {
                reasons.add(reason);
            }
        }
        return new Explanation(reasons, matched);
    }

    private static String explainWord(String w, List<String> nameWords, Set<String> matched) {
        String fold = NameKeys.fold(w);
        boolean initial = w.codePointCount(0, w.length()) == 1;
        for (String nw : nameWords) {
            if (NameKeys.fold(nw).equals(fold)) {
                matched.add(nw);
                return w.equals(nw) ? w + ": exact" : w + " = " + nw + ": same letters";
            }
        }
        if (initial) {
            String letter = NameTokens.initial(w);
            for (String nw : nameWords) {
                if (nw.length() > 1 && letter != null && letter.equals(NameTokens.initial(nw))) {
                    matched.add(nw);
                    return w + ". = " + nw + ": initial";
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
                return w + " ≈ " + nw + ": " + systems(w, nw, key.equals(own));
            }
        }
        Set<String> groups = NameTokens.groupsOf(w);
        for (String nw : nameWords) {
            for (String g : NameTokens.groupsOf(nw)) {
                if (groups.contains(g)) {
                    matched.add(nw);
                    return w + " ≈ " + nw + ": variant of the given name " + g;
                }
            }
        }
        String neutral = SurnameForms.neutralKey(w);
        for (String nw : nameWords) {
            if (!neutral.isEmpty() && neutral.equals(SurnameForms.neutralKey(nw))) {
                matched.add(nw);
                return w + " ~ " + nw + ": " + (SurnameForms.isFeminine(nw) ? "feminine" : "masculine")
                        + " form of the surname";
            }
        }
        Set<String> codes = NameTokens.word(w).phonetic();
        for (String nw : nameWords) {
            for (String c : NameTokens.word(nw).phonetic()) {
                if (codes.contains(c)) {
                    matched.add(nw);
                    return w + " ≈ " + nw + ": sounds alike (Beider–Morse)";
                }
            }
        }
        return null;
    }

    private static String systems(String latin, String target, boolean sameKey) {
        boolean targetCyrillic = target.chars().anyMatch(c -> c >= 0x400 && c <= 0x4FF);
        if (targetCyrillic && latin.chars().noneMatch(c -> c >= 0x400 && c <= 0x4FF)) {
            List<NameTransliteration> systems = NameKeys.systemsReading(latin, target);
            if (!systems.isEmpty()) {
                return systems.stream().limit(3).map(NameTransliteration::label).collect(Collectors.joining(", "))
                        + (systems.size() > 3 ? " and " + (systems.size() - 3) + " more" : "");
            }
        }
        return sameKey ? "same name in another spelling" : "another reading of the spelling";
    }

    private static String explainPlace(String text, List<String> placesAsWritten) {
        PlaceMatch asked = Places.resolve(text, null);
        if (asked == null) {
            return null;
        }
        for (String place : placesAsWritten) {
            PlaceMatch m = Places.resolve(place, null);
            if (m != null && m.geonameId() == asked.geonameId()) {
                String how = m.historical() ? "former name of " + m.modernName() : "same place (" + m.modernName() + ")";
                return text + " = " + place + ": " + (text.equalsIgnoreCase(place) ? "same place" : how);
            }
        }
        return null;
    }
}
