package org.snegov.app.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.snegov.names.NameKeys;
import org.snegov.places.Gazetteer;
import org.snegov.places.PlaceMatch;

/**
 * The Russian name of a place the registry gives by its modern GeoNames name ("Saint Petersburg", "Kiev"), for
 * the Russian interface. The gazetteer keeps every name of a city but not its language, so the Russian one is
 * chosen: among the names in the Russian alphabet, the one that is the same name as the GeoNames one
 * (Kiev = Киев), else the only one (Mykolayiv: Николаев), else a short table of the cities whose names leave a
 * choice (Moscow: Москва, not Маскав). A place with no Russian name keeps its GeoNames name. Thread-safe.
 */
public final class PlaceNames {

    /** Cities with several Russian-alphabet names and none the same as GeoNames': GeoNames id, Russian name. */
    private static final Map<Long, String> CHOSEN = Map.ofEntries(
            Map.entry(524901L, "Москва"), Map.entry(498817L, "Санкт-Петербург"), Map.entry(618426L, "Кишинёв"),
            Map.entry(586523L, "Гянджа"), Map.entry(1514879L, "Худжанд"), Map.entry(618605L, "Бельцы"),
            Map.entry(618577L, "Бендеры"), Map.entry(1528249L, "Джалал-Абад"), Map.entry(617486L, "Рыбница"),
            Map.entry(616062L, "Эчмиадзин"), Map.entry(618456L, "Кагул"), Map.entry(617076L, "Единцы"),
            Map.entry(618120L, "Каушаны"), Map.entry(584716L, "Гёйгёль"));

    private static final Map<String, String> RUSSIAN = new ConcurrentHashMap<>();

    private PlaceNames() {
    }

    /** The Russian name of the place called {@code modernName}, or {@code modernName} when there is none. */
    public static String russian(String modernName) {
        if (modernName == null || modernName.isBlank()) {
            return modernName;
        }
        return RUSSIAN.computeIfAbsent(modernName, n -> find(n).orElse(n));
    }

    private static Optional<String> find(String modernName) {
        Optional<PlaceMatch> match = Gazetteer.standard().resolve(modernName, null);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        PlaceMatch m = match.get();
        if (CHOSEN.containsKey(m.geonameId())) {
            return Optional.of(CHOSEN.get(m.geonameId()));
        }
        List<String> russian = m.names().stream().filter(PlaceNames::inRussianAlphabet).toList();
        // Names in capitals ("ИЗЮМ") are used only where the gazetteer has no other.
        List<String> written = russian.stream().filter(n -> !allCaps(n)).toList();
        russian = written.isEmpty() ? russian.stream().map(PlaceNames::titleCase).distinct().toList() : written;
        String key = NameKeys.canonical(m.modernName());
        Optional<String> same = russian.stream().filter(n -> NameKeys.canonical(n).equals(key)).findFirst();
        if (same.isPresent()) {
            return same;
        }
        return russian.size() == 1 ? Optional.of(russian.get(0)) : Optional.empty();
    }

    /** Whether {@code name} is written in Russian letters only (not Ukrainian і or Belarusian ў), capitalised. */
    static boolean inRussianAlphabet(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || name.startsWith("Горад ")) {
            return false;
        }
        return name.chars().allMatch(c -> (c >= 'а' && c <= 'я') || (c >= 'А' && c <= 'Я') || c == 'ё' || c == 'Ё'
                || c == '-' || c == ' ');
    }

    private static boolean allCaps(String name) {
        return name.codePointCount(0, name.length()) > 1
                && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** "ИЗЮМ" as "Изюм", "УСТЬ-КУТ" as "Усть-Кут". */
    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = c == '-' || c == ' ';
        }
        return out.toString();
    }
}
