package org.snegov.app.service;

import java.util.Map;
import java.util.TreeMap;
import org.snegov.read.SourceReader;
import org.snegov.read.biography.BiographyReader;

/** The source readers by name, as the CLI's {@code --reader} names them. */
public final class Readers {

    /** The reader used when none is named. */
    public static final String DEFAULT = "biography";

    private static final Map<String, SourceReader> BY_NAME = new TreeMap<>(Map.of(
            "biography", new BiographyReader()));

    private Readers() {
    }

    /**
     * The reader called {@code name}.
     *
     * @throws RegistryException {@link Failure#BAD_ARGUMENT} naming the readers there are
     */
    public static SourceReader named(String name) {
        SourceReader reader = BY_NAME.get(name);
        if (reader == null) {
            throw RegistryException.badArgument("Unknown reader '" + name + "'; known readers: "
                    + String.join(", ", BY_NAME.keySet()));
        }
        return reader;
    }
}
