package org.snegov.names;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.bm.Languages;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Comparison keys for names, meeting across scripts and romanisations. All methods are static, total (any
 * string, null included, gives a result and never throws) and thread-safe.
 *
 * <ul>
 *   <li>{@link #canonical(String)}: one lossy Latin key per word, the same for Снегов, Снєгов, Snegov, Snegow,
 *       Sniegow and Snegoff ("snagav"). Idempotent.</li>
 *   <li>{@link #readings(String)}: the canonical keys of every way a Latin word can be read back into Cyrillic
 *       under each {@link NameTransliteration}; "Joukov" (French) and "Chruschtschow" (German) meet their
 *       Cyrillic originals here even where the single canonical key cannot.</li>
 *   <li>{@link #beiderMorse(String)}: Beider–Morse approximate phonetic codes (commons-codec, generic names).</li>
 *   <li>{@link #fold(String)}: the exact form in lower-case ASCII Latin (ICU Any-Latin, Latin-ASCII).</li>
 * </ul>
 */
public final class NameKeys {

    private static final int CACHE_LIMIT = 200_000;
    private static final int READINGS_PER_SYSTEM = 8;
    private static final Languages.LanguageSet RUSSIAN = Languages.LanguageSet.from(Set.of("russian"));
    private static final Map<String, String> CANONICAL_CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> BM_CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> READINGS_CACHE = new ConcurrentHashMap<>();
    private static final PhoneticEngine BEIDER_MORSE = new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true);
    private static final Transliterator ANY_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Map<NameTransliteration, LatinReading> READINGS = LatinReading.all();

    private NameKeys() {
    }

    /**
     * The canonical key of a name: each word reduced to a consonant skeleton (voiced and hushing classes merged,
     * doubled letters collapsed, f/v/w one class), its first vowel kept and inner vowel runs written "a";
     * words joined by one space. Empty for a name without letters.
     */
    public static String canonical(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String cached = CANONICAL_CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        StringBuilder out = new StringBuilder();
        for (String word : words(name)) {
            String key = CanonicalSkeleton.of(word);
            if (!key.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(key);
            }
        }
        String result = out.toString();
        if (CANONICAL_CACHE.size() < CACHE_LIMIT) {
            CANONICAL_CACHE.put(name, result);
        }
        return result;
    }

    /**
     * Every canonical key a single word can stand for: its own, and for a word in Latin letters the key of its
     * Cyrillic reading under each system. Never empty for a word with letters; ordered, own key first;
     * unmodifiable.
     */
    public static Set<String> readings(String word) {
        if (word == null) {
            return Set.of();
        }
        Set<String> cached = READINGS_CACHE.get(word);
        if (cached != null) {
            return cached;
        }
        Set<String> keys = new LinkedHashSet<>();
        String own = canonical(word);
        if (own.isEmpty()) {
            return Set.of();
        }
        keys.add(own);
        if (word.chars().anyMatch(c -> c >= 'A' && c <= 'z' || c >= 0xC0 && c < 0x370)) {
            for (LatinReading reading : READINGS.values()) {
                for (String cyrillic : reading.toCyrillicAll(word, READINGS_PER_SYSTEM)) {
                    keys.add(canonical(cyrillic));
                }
            }
        }
        keys.remove("");
        Set<String> result = Collections.unmodifiableSet(keys);
        if (READINGS_CACHE.size() < CACHE_LIMIT) {
            READINGS_CACHE.put(word, result);
        }
        return result;
    }

    /**
     * Which systems explain {@code latinWord} as a spelling of the Cyrillic word {@code cyrillicWord}, in enum
     * order, best evidence first: systems that read it back to exactly that word and spell that word exactly so;
     * failing those, systems whose reading spells back exactly and has the same canonical key; failing those,
     * systems whose reading merely has the same key. Empty when none does. For match reasons: "Snegow ≈ Снегов:
     * German transliteration".
     */
    public static List<NameTransliteration> systemsReading(String latinWord, String cyrillicWord) {
        List<List<NameTransliteration>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (latinWord == null || cyrillicWord == null) {
            return tiers.get(0);
        }
        String lower = latinWord.toLowerCase(Locale.ROOT);
        String target = cyrillicWord.toLowerCase(Locale.ROOT);
        String targetKey = canonical(cyrillicWord);
        for (Map.Entry<NameTransliteration, LatinReading> e : READINGS.entrySet()) {
            String cyrillic = e.getValue().toCyrillic(lower);
            if (cyrillic.chars().anyMatch(c -> c < 0x400 && Character.isLetter(c))
                    || !canonical(cyrillic).equals(targetKey)) {
                continue;
            }
            boolean roundTrip = e.getKey().transliterate(cyrillic).toLowerCase(Locale.ROOT).equals(lower);
            tiers.get(roundTrip ? cyrillic.equals(target) ? 0 : 1 : 2).add(e.getKey());
        }
        return tiers.stream().filter(t -> !t.isEmpty()).findFirst().orElse(tiers.get(0));
    }

    /**
     * Beider–Morse approximate codes (generic names, Russian rules, applied to the word in ASCII Latin) of each word
     * of {@code name}; may be empty, never null.
     */
    public static Set<String> beiderMorse(String name) {
        Set<String> codes = new LinkedHashSet<>();
        for (String word : words(name == null ? "" : name)) {
            String latin = fold(word);
            if (latin.isEmpty()) {
                continue;
            }
            Set<String> cached = BM_CACHE.get(latin);
            if (cached == null) {
                cached = new LinkedHashSet<>();
                // Russian rules only: the language guess of the generic engine costs ten times as much.
                for (String code : BEIDER_MORSE.encode(latin, RUSSIAN).split("\\|")) {
                    String c = code.strip();
                    if (!c.isEmpty() && c.chars().allMatch(Character::isLetterOrDigit)) {
                        cached.add(c);
                    }
                }
                cached = Collections.unmodifiableSet(cached);
                if (BM_CACHE.size() < CACHE_LIMIT) {
                    BM_CACHE.put(latin, cached);
                }
            }
            codes.addAll(cached);
        }
        return codes;
    }

    /** {@code text} in lower-case ASCII Latin letters, digits and single spaces (ICU Any-Latin, Latin-ASCII). */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String latin;
        if (text.chars().allMatch(c -> c < 0x80 || c >= 0x400 && c <= 0x4FF)) {
            // Fast path for the common case, ASCII and Cyrillic: the passport table is ASCII already.
            latin = NameTransliteration.ICAO_2013.transliterate(text);
        } else {
            synchronized (ANY_LATIN) {
                latin = ANY_LATIN.transliterate(Normalizer.normalize(text, Normalizer.Form.NFKC));
            }
        }
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (Character.isWhitespace(c) || c == '-' || c == ',' || c == '.') {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            }
        }
        return out.toString().strip();
    }

    /** The words of {@code text}: maximal runs of letters, marks and apostrophes; may be empty, never null. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean part = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == '\'' || c == '’' || c == 'ʹ' || c == 'ʺ' || c == '`' || c == '·';
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }
}
