package org.snegov.search;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.snegov.places.Gazetteer;
import org.snegov.places.PlaceMatch;

/** Gazetteer look-ups with a cache, since the same place texts recur across millions of persons. Thread-safe. */
final class Places {

    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, Optional<PlaceMatch>> CACHE = new ConcurrentHashMap<>();

    private Places() {
    }

    /** The place {@code text} names in {@code year} (null when unknown), or null. */
    static PlaceMatch resolve(String text, Integer year) {
        String key = year == null ? text : text + "@" + year;
        Optional<PlaceMatch> cached = CACHE.get(key);
        if (cached == null) {
            cached = Gazetteer.standard().resolve(text, year);
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.put(key, cached);
            }
        }
        return cached.orElse(null);
    }
}
