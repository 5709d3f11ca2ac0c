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
 * The comparison tokens of a person's names, as the indexer writes them and the searcher matches them: the fold
 * and canonical key of every word, Beider–Morse codes and the neutral key of the surname, the variant groups and
 * initials of the given name and patronymic. Per-word results are cached (names repeat), so indexing stays fast. Thread-safe.
 */
final class NameTokens {

    private static final int CACHE_LIMIT = 500_000;
    private static final Map<String, Word> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> GROUPS = new ConcurrentHashMap<>();
    private static final Map<String, String> FOLDS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> PHONETIC = new ConcurrentHashMap<>();

    final Set<String> folds = new LinkedHashSet<>();
    final Set<String> keys = new LinkedHashSet<>();
    final Set<String> phonetic = new LinkedHashSet<>();
    final Set<String> surnames = new LinkedHashSet<>();
    final Set<String> groups = new LinkedHashSet<>();
    final Set<String> initials = new LinkedHashSet<>();

    /** One word's comparison forms: its fold (the exact spelling in ASCII) and canonical key. */
    record Word(String fold, String key) {

        /** Beider–Morse codes, computed on first use and cached: they cost more than everything else. */
        Set<String> phonetic() {
            Set<String> codes = PHONETIC.get(fold);
            if (codes == null) {
                codes = Set.copyOf(NameKeys.beiderMorse(fold));
                if (PHONETIC.size() < CACHE_LIMIT) {
                    PHONETIC.put(fold, codes);
                }
            }
            return codes;
        }
    }

    /** The tokens of {@code names}, split by {@code parts} where given, else by {@link NameParts#parse}. */
    static NameTokens of(List<String> names, List<NameParts> parts) {
        NameTokens t = new NameTokens();
        for (String name : names) {
            for (String w : NameKeys.words(name)) {
                Word word = word(w);
                if (!word.fold().isEmpty()) {
                    t.folds.add(word.fold());
                }
                if (!word.key().isEmpty()) {
                    t.keys.add(word.key());
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
            // Phonetic codes for surnames only: given names and patronymics meet through variant groups and keys,
            // and Beider–Morse is the costliest key to compute and the bulkiest to index.
            for (String w : NameKeys.words(p.surname())) {
                phonetic.addAll(word(w).phonetic());
            }
            String neutral = SurnameForms.neutralKey(p.surname());
            if (!neutral.isEmpty()) {
                surnames.add(neutral);
            }
        }
        if (p.given() != null) {
            // Latin display names ("Alexei Snegov") parse given-first; their surname's codes are added above.
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
            cached = new Word(NameKeys.fold(w).replace(" ", ""), NameKeys.canonical(w));
            if (WORDS.size() < CACHE_LIMIT) {
                WORDS.put(w, cached);
            }
        }
        return cached;
    }

    /** The folds of the words of {@code text}, for place texts. */
    static Set<String> folds(String text) {
        Set<String> folds = new LinkedHashSet<>();
        for (String w : NameKeys.words(text)) {
            String f = fold(w);
            if (!f.isEmpty()) {
                folds.add(f);
            }
        }
        return folds;
    }

    /** The fold of one word, cached apart from its phonetic codes, which places do not need. */
    static String fold(String w) {
        Word cached = WORDS.get(w);
        if (cached != null) {
            return cached.fold();
        }
        String f = FOLDS.get(w);
        if (f == null) {
            f = NameKeys.fold(w).replace(" ", "");
            if (FOLDS.size() < CACHE_LIMIT) {
                FOLDS.put(w, f);
            }
        }
        return f;
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

    /**
     * The first letter of a name or initial as written, in ASCII ("Алексей", "A." and "Aleksei" give "a"; "Иосиф"
     * and "И." give "i"; "Юрий" gives "i" as "Jurij" and "Yuri" do; "W." gives "v"), or null.
     */
    static String initial(String nameOrInitial) {
        List<String> words = NameKeys.words(nameOrInitial);
        String fold = words.isEmpty() ? "" : fold(words.get(0));
        if (fold.isEmpty() || !Character.isLetter(fold.charAt(0))) {
            return null;
        }
        return switch (fold.charAt(0)) {
            case 'y', 'j' -> "i";
            case 'w' -> "v";
            default -> fold.substring(0, 1);
        };
    }
}
