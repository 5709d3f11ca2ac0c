package org.snegov.model;

import java.util.Objects;

/**
 * A place as a source writes it, with a comparable form once a normaliser has seen it.
 *
 * @param asWritten  the verbatim text, never blank
 * @param normalized the gazetteer's form (modern name), or null until a normaliser supplies it
 */
public record Place(String asWritten, String normalized) {

    public Place {
        Objects.requireNonNull(asWritten, "asWritten");
        if (asWritten.isBlank()) {
            throw new IllegalArgumentException("a place must have a name");
        }
    }

    public static Place of(String asWritten) {
        return new Place(asWritten, null);
    }

    /** The first toponym: "Kiev" of "Kiev, Kiev Governorate, Russian Empire". */
    public String firstToponym() {
        int comma = asWritten.indexOf(',');
        return (comma < 0 ? asWritten : asWritten.substring(0, comma)).strip();
    }
}
