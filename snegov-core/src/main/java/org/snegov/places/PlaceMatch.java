package org.snegov.places;

import java.util.List;
import java.util.Objects;

/**
 * A place text resolved to a gazetteer entry.
 *
 * @param geonameId  the GeoNames id of the city, the place's stable key
 * @param modernName the city's current name in GeoNames ("Kiev", "Donets’k", "Saint Petersburg")
 * @param country    the ISO country code of today
 * @param matched    the toponym of the text that matched ("Ленинград")
 * @param historical the matched name is a dated former name (Ленинград, Сталино), not a spelling of the current one
 * @param names      every name of the place the gazetteer knows, current and historical
 */
public record PlaceMatch(long geonameId, String modernName, String country, String matched, boolean historical,
                         List<String> names) {

    public PlaceMatch {
        Objects.requireNonNull(modernName, "modernName");
        Objects.requireNonNull(matched, "matched");
        names = List.copyOf(names);
    }

    /** The key places are compared and indexed by: "gn" and the GeoNames id. */
    public String key() {
        return "gn" + geonameId;
    }
}
