package org.snegov.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    private final Map<String, List<String>> fragments;
    private final int longest;

    private LatinReading(Map<String, List<String>> fragments) {
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
        Map<String, List<String>> fragments = new HashMap<>();
        String ks = lower(system.transliterate("кс"));
        if (!ks.equals(lower(system.transliterate("к")) + lower(system.transliterate("с")))) {
            add(fragments, ks, "кс");
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
        Map<String, List<String>> frozen = new HashMap<>();
        fragments.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new LatinReading(Map.copyOf(frozen));
    }

    private static void add(Map<String, List<String>> fragments, String latin, String cyrillic) {
        if (!latin.isEmpty() && !latin.equals(cyrillic)) {
            List<String> letters = fragments.computeIfAbsent(latin, k -> new ArrayList<>());
            // Alternatives matter only where they change the canonical key (German "s": с or з; not "e": е or э).
            String key = CanonicalSkeleton.of("б" + cyrillic);
            if (letters.stream().noneMatch(l -> CanonicalSkeleton.of("б" + l).equals(key))) {
                letters.add(cyrillic);
            }
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
                List<String> cyrillic = fragments.get(s.substring(i, i + len));
                if (cyrillic != null) {
                    out.append(cyrillic.get(0));
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

    /**
     * Up to {@code limit} readings of {@code latin}, the most likely first: where a fragment stands for several
     * letters (German "s" for с and з), each is tried, earlier fragments' alternatives varying last.
     */
    List<String> toCyrillicAll(String latin, int limit) {
        String s = lower(latin);
        List<String> out = new ArrayList<>();
        expand(s, 0, new StringBuilder(), out, limit);
        return out;
    }

    private void expand(String s, int i, StringBuilder prefix, List<String> out, int limit) {
        if (out.size() >= limit) {
            return;
        }
        if (i >= s.length()) {
            out.add(prefix.toString());
            return;
        }
        for (int len = Math.min(longest, s.length() - i); len > 0; len--) {
            List<String> cyrillic = fragments.get(s.substring(i, i + len));
            if (cyrillic != null) {
                for (String letter : cyrillic) {
                    int mark = prefix.length();
                    prefix.append(letter);
                    expand(s, i + len, prefix, out, limit);
                    prefix.setLength(mark);
                }
                return;
            }
        }
        int mark = prefix.length();
        prefix.append(s.charAt(i));
        expand(s, i + 1, prefix, out, limit);
        prefix.setLength(mark);
    }
}
