package org.snegov.names;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Latin spelling back into Cyrillic as one system would have produced it, greedily, longest fragment
 * first. The table is derived from the system itself (each letter transliterated alone, after a consonant, after a
 * vowel and after a hushing letter), so it can never disagree with {@link NameTransliteration}. Where two letters
 * share a spelling (German "s" for с and з), the more frequent Russian letter wins. Immutable, thread-safe.
 */
final class LatinReading {

    /** Russian letters, most frequent first; Ukrainian and Belarusian letters last. */
    private static final String BY_FREQUENCY = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъёіїєґў";

    private final Map<String, String> fragments;
    private final int longest;

    private LatinReading(Map<String, String> fragments) {
        this.fragments = fragments;
        this.longest = fragments.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    static Map<NameTransliteration, LatinReading> all() {
        Map<NameTransliteration, LatinReading> all = new EnumMap<>(NameTransliteration.class);
        for (NameTransliteration system : NameTransliteration.values()) {
            all.put(system, of(system));
        }
        return Collections.unmodifiableMap(all);
    }

    static LatinReading of(NameTransliteration system) {
        Map<String, String> fragments = new HashMap<>();
        String ks = lower(system.transliterate("кс"));
        if (!ks.equals(lower(system.transliterate("к")) + lower(system.transliterate("с")))) {
            fragments.put(ks, "кс");
        }
        for (char c : BY_FREQUENCY.toCharArray()) {
            String letter = String.valueOf(c);
            add(fragments, lower(system.transliterate(letter)), letter);
            for (String before : new String[] {"б", "а", "ж"}) {
                String prefix = lower(system.transliterate(before));
                String both = lower(system.transliterate(before + letter));
                if (both.startsWith(prefix)) {
                    add(fragments, both.substring(prefix.length()), letter);
                }
            }
        }
        String o = lower(system.transliterate("о"));
        String ov = lower(system.transliterate("ов"));
        if (ov.startsWith(o)) {
            add(fragments, ov.substring(o.length()), "в");
        }
        return new LatinReading(Map.copyOf(fragments));
    }

    private static void add(Map<String, String> fragments, String latin, String cyrillic) {
        if (!latin.isEmpty() && !latin.equals(cyrillic)) {
            fragments.putIfAbsent(latin, cyrillic);
        }
    }

    private static String lower(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** {@code latin} read back into lower-case Cyrillic; characters no fragment covers pass through. */
    String toCyrillic(String latin) {
        String s = lower(latin);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int matched = 0;
            for (int len = Math.min(longest, s.length() - i); len > 0; len--) {
                String cyrillic = fragments.get(s.substring(i, i + len));
                if (cyrillic != null) {
                    out.append(cyrillic);
                    matched = len;
                    break;
                }
            }
            if (matched == 0) {
                out.append(s.charAt(i));
                matched = 1;
            }
            i += matched;
        }
        return out.toString();
    }
}
