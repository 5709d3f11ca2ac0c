package org.snegov.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.snegov.names.GivenNameGroups;
import org.snegov.names.NameKeys;
import org.snegov.names.NameParts;
import org.snegov.names.SurnameForms;

/**
 * The comparison tokens of a person's names, as the indexer writes them and the searcher matches them: canonical
 * keys and Beider–Morse codes of every word, the neutral key of the surname, the variant groups and initials of
 * the given name and patronymic. Per-word results are cached (names repeat), so indexing stays fast. Thread-safe.
 */
final class NameTokens {

    private static final int CACHE_LIMIT = 500_000;
    private static final Map<String, Word> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> GROUPS = new ConcurrentHashMap<>();

    final Set<String> keys = new LinkedHashSet<>();
    final Set<String> phonetic = new LinkedHashSet<>();
    final Set<String> surnames = new LinkedHashSet<>();
    final Set<String> groups = new LinkedHashSet<>();
    final Set<String> initials = new LinkedHashSet<>();

    record Word(String key, Set<String> phonetic) {
    }

    /** The tokens of {@code names}, split by {@code parts} where given, else by {@link NameParts#parse}. */
    static NameTokens of(List<String> names, List<NameParts> parts) {
        NameTokens t = new NameTokens();
        for (String name : names) {
            for (String w : NameKeys.words(name)) {
                Word word = word(w);
                if (!word.key().isEmpty()) {
                    t.keys.add(word.key());
                    t.phonetic.addAll(word.phonetic());
                }
            }
            if (parts.isEmpty()) {
                t.addParts(NameParts.parse(name));
            }
        }
        for (NameParts p : parts) {
            t.addParts(p);
        }
        return t;
    }

    private void addParts(NameParts p) {
        if (p.surname() != null) {
            String neutral = SurnameForms.neutralKey(p.surname());
            if (!neutral.isEmpty()) {
                surnames.add(neutral);
            }
        }
        if (p.given() != null) {
            String initial = initial(p.given());
            if (initial != null) {
                initials.add("g:" + initial);
            }
            if (!p.givenIsInitial()) {
                groups.addAll(groupsOf(p.given()));
            }
        }
        if (p.patronymic() != null) {
            String initial = initial(p.patronymic());
            if (initial != null) {
                initials.add("p:" + initial);
            }
        }
    }

    static Word word(String w) {
        Word cached = WORDS.get(w);
        if (cached == null) {
            cached = new Word(NameKeys.canonical(w), Set.copyOf(NameKeys.beiderMorse(w)));
            if (WORDS.size() < CACHE_LIMIT) {
                WORDS.put(w, cached);
            }
        }
        return cached;
    }

    static Set<String> groupsOf(String given) {
        Set<String> cached = GROUPS.get(given);
        if (cached == null) {
            cached = Set.copyOf(GivenNameGroups.standard().groupsOf(given));
            if (GROUPS.size() < CACHE_LIMIT) {
                GROUPS.put(given, cached);
            }
        }
        return cached;
    }

    /** The first letter class of a name or initial ("Алексей", "A." and "Aleksei" give "a"), or null. */
    static String initial(String nameOrInitial) {
        String key = NameKeys.canonical(nameOrInitial);
        return key.isEmpty() ? null : key.substring(0, 1);
    }
}
