package org.snegov.extract;

import java.util.Locale;
import java.util.Objects;

/**
 * One {@code - Key: Value} line of a biography's infobox.
 *
 * @param key   the key as written, stripped; never null
 * @param value the value as written, stripped; may be empty, never null
 */
public record InfoboxEntry(Span key, Span value) {

    public InfoboxEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /** The key lower-cased with spaces, underscores and hyphens removed: "Birth Place" is {@code birthplace}. */
    public String normalizedKey() {
        return key.text().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-()]", "");
    }
}
