package org.snegov.link;

import java.util.Locale;
import java.util.regex.Pattern;
import org.snegov.places.Gazetteer;
import org.snegov.places.PlaceMatch;

/**
 * The {@link PlaceResolver} of the places module: a place text is resolved by {@link Gazetteer#standard()} to a
 * GeoNames city, so that Ленинград, Petrograd and Санкт-Петербург are one modern place. A province ("Рязанская
 * губ.", "Ryazan oblast") stands for the region of its capital, not for the capital itself; a city is in its own
 * region, so Рязань and Рязанская губ. are the same region. Texts the gazetteer does not know fall back to the
 * renamed-cities list. Thread-safe.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {

    private static final Pattern PROVINCE = Pattern.compile(
            "(?iu)(?<=^|[\\s,.;])(губ(ерния|ернии|\\.)?|уезд(а)?|у\\.|обл(асть|асти|\\.)?|край|gub|gubernia|guberniya"
                    + "|governorate|province|oblast|uezd|uyezd|region|krai)(?=$|[\\s,.;])");

    private final Gazetteer gazetteer;
    private final RenamedCityResolver fallback = new RenamedCityResolver();

    /** A resolver over the standard gazetteer. */
    public GazetteerPlaceResolver() {
        this(Gazetteer.standard());
    }

    public GazetteerPlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public ResolvedPlace resolve(String latin) {
        return resolve(latin, latin);
    }

    @Override
    public ResolvedPlace resolve(String raw, String latin) {
        PlaceMatch match;
        try {
            match = gazetteer.resolve(raw, null).orElse(null);
        } catch (RuntimeException e) {
            // A text the gazetteer cannot parse is simply an unknown place, not an error of the data.
            match = null;
        }
        if (match == null) {
            return fallback.resolve(latin);
        }
        String key = match.key();
        boolean province = PROVINCE.matcher(raw.toLowerCase(Locale.ROOT)).find();
        return province ? new ResolvedPlace("", key) : new ResolvedPlace(key, key);
    }
}
