package org.snegov.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.BytesRef;
import org.snegov.names.GivenNameGroups;
import org.snegov.names.NameKeys;
import org.snegov.names.NameParts;
import org.snegov.names.SurnameForms;

/**
 * The comparison tokens of a person's names, as the indexer writes them and the searcher matches them: the fold
 * and canonical key of every word, Beider–Morse codes and the neutral key of the surname, the variant groups and
 * initials of the given name and patronymic. What each word, surname, given name and patronymic yields is cached
 * (names repeat), with its terms already in UTF-8, so indexing stays fast. Thread-safe.
 */
final class NameTokens {

    private static final int CACHE_LIMIT = 500_000;
    private static final Map<String, Word> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> GROUPS = new ConcurrentHashMap<>();
    private static final Map<String, String> FOLDS = new ConcurrentHashMap<>();
    private static final Map<String, Surname> SURNAMES = new ConcurrentHashMap<>();
    private static final Map<String, Given> GIVEN = new ConcurrentHashMap<>();
    private static final Map<String, BytesRef> PATRONYMIC_INITIALS = new ConcurrentHashMap<>();
    /** Stands for "no term" in a cache, which holds no nulls. */
    private static final BytesRef NONE = new BytesRef();

    // The terms of one person, as UTF-8 bytes made once per distinct word and shared by every document using it.
    final List<BytesRef> folds = new ArrayList<>(8);
    final List<BytesRef> keys = new ArrayList<>(8);
    final List<BytesRef> phonetic = new ArrayList<>(16);
    final List<BytesRef> surnames = new ArrayList<>(2);
    final List<BytesRef> groups = new ArrayList<>(2);
    final List<BytesRef> initials = new ArrayList<>(2);

    /** One word's comparison forms: its fold (the exact spelling in ASCII) and canonical key. */
    static final class Word {
        private final String fold;
        private final String key;
        private final BytesRef foldTerm;
        private final BytesRef keyTerm;

        Word(String fold, String key) {
            this.fold = fold;
            this.key = key;
            this.foldTerm = new BytesRef(fold);
            this.keyTerm = new BytesRef(key);
        }

        String fold() {
            return fold;
        }

        String key() {
            return key;
        }

        /**
         * Beider–Morse codes (cached by {@link NameKeys#beiderMorse}). Not kept here: the indexer keeps each
         * surname's codes as terms ({@link Surname}), and a second copy per word would double their memory.
         */
        Set<String> phonetic() {
            return Set.copyOf(NameKeys.beiderMorse(fold));
        }
    }

    /** The terms a surname adds: the Beider–Morse codes of its words and its gender-neutral key. */
    private record Surname(List<BytesRef> phonetic, BytesRef neutral) {

        static Surname of(String surname) {
            // Phonetic codes for surnames only: given names and patronymics meet through variant groups and keys,
            // and Beider–Morse is the costliest key to compute and the bulkiest to index.
            Set<String> codes = new LinkedHashSet<>();
            for (String w : NameKeys.words(surname)) {
                codes.addAll(word(w).phonetic());
            }
            String neutral = SurnameForms.neutralKey(surname);
            return new Surname(terms(codes), neutral.isEmpty() ? null : new BytesRef(neutral));
        }
    }

    /** The terms a given name adds: its initial ({@code g:a}) and its variant groups. */
    private record Given(BytesRef initial, List<BytesRef> groups) {

        static Given of(String given) {
            String initial = NameTokens.initial(given);
            return new Given(initial == null ? null : new BytesRef("g:" + initial), terms(groupsOf(given)));
        }
    }

    /** The tokens of {@code names}, split by {@code parts} where given, else by {@link NameParts#parse}. */
    static NameTokens of(List<String> names, List<NameParts> parts) {
        NameTokens t = new NameTokens();
        for (String name : names) {
            for (String w : NameKeys.words(name)) {
                Word word = word(w);
                if (!word.fold().isEmpty()) {
                    addOnce(t.folds, word.foldTerm);
                }
                if (!word.key().isEmpty()) {
                    addOnce(t.keys, word.keyTerm);
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
            Surname s = cached(SURNAMES, p.surname(), Surname::of);
            for (BytesRef code : s.phonetic()) {
                addOnce(phonetic, code);
            }
            addOnce(surnames, s.neutral());
        }
        if (p.given() != null) {
            // Latin display names ("Alexei Snegov") parse given-first; their surname's codes are added above.
            Given g = cached(GIVEN, p.given(), Given::of);
            addOnce(initials, g.initial());
            if (!p.givenIsInitial()) {
                for (BytesRef group : g.groups()) {
                    addOnce(groups, group);
                }
            }
        }
        if (p.patronymic() != null) {
            addOnce(initials, cached(PATRONYMIC_INITIALS, p.patronymic(), patronymic -> {
                String initial = NameTokens.initial(patronymic);
                return initial == null ? NONE : new BytesRef("p:" + initial);
            }));
        }
    }

    /** Adds {@code term} unless null, empty or already there; the lists are short, and equal terms mostly identical. */
    private static void addOnce(List<BytesRef> terms, BytesRef term) {
        if (term == null || term.length == 0) {
            return;
        }
        for (BytesRef t : terms) {
            if (t == term || t.bytesEquals(term)) {
                return;
            }
        }
        terms.add(term);
    }

    private static List<BytesRef> terms(Set<String> values) {
        List<BytesRef> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(new BytesRef(v));
        }
        return List.copyOf(out);
    }

    private static <T> T cached(Map<String, T> cache, String key, java.util.function.Function<String, T> compute) {
        T value = cache.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(key, value);
            }
        }
        return value;
    }

    static Word word(String w) {
        return cached(WORDS, w, word -> new Word(NameKeys.fold(word).replace(" ", ""), NameKeys.canonical(word)));
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
