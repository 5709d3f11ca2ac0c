package org.snegov.eval;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the first toponyms of two places, by a small alias table of common variants: transliterations
 * ("Kiev" = "Kyiv", "Odessa" = "Odesa", "Zhitomir" = "Zhytomyr", "Kharkov" = "Kharkiv", "Lvov" = "Lviv"), former
 * names ("Tiflis" = "Tbilisi", "Leningrad" = "Petrograd" = "Saint Petersburg", "Stalingrad" = "Volgograd",
 * "Sverdlovsk" = "Yekaterinburg"). Case, accents, "St." for "Saint" and white space are ignored. Immutable.
 */
public final class ToponymMatcher {

    private static final List<List<String>> ALIASES = List.of(
            List.of("kyiv", "kiev", "kiew"),
            List.of("odesa", "odessa"),
            List.of("kharkiv", "kharkov"),
            List.of("lviv", "lvov", "lwow", "lemberg"),
            List.of("zhytomyr", "zhitomir"),
            List.of("vinnytsia", "vinnitsa"),
            List.of("dnipro", "dnipropetrovsk", "dnepropetrovsk", "yekaterinoslav", "ekaterinoslav"),
            List.of("chernihiv", "chernigov"),
            List.of("mykolaiv", "nikolaev", "nikolayev"),
            List.of("tbilisi", "tiflis"),
            List.of("saint petersburg", "st petersburg", "petersburg", "petrograd", "leningrad"),
            List.of("volgograd", "stalingrad", "tsaritsyn"),
            List.of("yekaterinburg", "ekaterinburg", "sverdlovsk"),
            List.of("nizhny novgorod", "nizhni novgorod", "gorky"),
            List.of("samara", "kuibyshev", "kuybyshev"),
            List.of("vilnius", "vilna", "wilno"),
            List.of("chisinau", "kishinev"),
            List.of("almaty", "alma-ata", "alma ata"),
            List.of("bishkek", "frunze"),
            List.of("tallinn", "reval"),
            List.of("kaliningrad", "konigsberg"),
            List.of("donetsk", "stalino", "yuzovka"),
            List.of("luhansk", "lugansk", "voroshilovgrad"),
            List.of("horki", "gorki"));

    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        for (List<String> group : ALIASES) {
            for (String name : group) CANONICAL.putIfAbsent(name, group.get(0));
        }
    }

    /** Whether the first toponyms of {@code a} and {@code b} name the same place; two nulls agree. */
    public boolean sameFirstToponym(String a, String b) {
        if (a == null || b == null) return a == null && b == null;
        return canonical(first(a)).equals(canonical(first(b)));
    }

    private static String first(String place) {
        int comma = place.indexOf(',');
        return comma < 0 ? place : place.substring(0, comma);
    }

    private static String canonical(String toponym) {
        String k = Normalizer.normalize(toponym, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\bst\\.?\\s", "saint ").replaceAll("[\\s\\-]+", " ").strip();
        return CANONICAL.getOrDefault(k, k);
    }
}
