package org.snegov.link;

import java.util.List;

/**
 * The comparable forms of one name (or place) value.
 *
 * @param written  the value as written, NFC, lower-cased ({@code Locale.ROOT}), spaces collapsed
 * @param latin    a canonical Latin form in which common transliterations coincide (Снегов, Snegov, Sniegow,
 *                 Snegoff all give {@code snegov}); may be empty for a value with no letters
 * @param folded   {@code latin} with a feminine surname ending folded to the masculine one ({@code ivanova} to
 *                 {@code ivanov})
 * @param skeleton first letter and consonants of {@code latin}, repeats collapsed: a cheap phonetic key
 * @param initial  the value is a single letter, possibly with a full stop
 * @param readings lossy cross-script keys of the value, sorted: its own canonical key and, for a Latin spelling, the
 *                 keys of its Cyrillic readings under each transliteration system (Joukov and Жуков meet here);
 *                 empty when the normaliser knows none
 * @param groups   the given-name groups the value belongs to, sorted (Алёша, Aleksei, Олексій: Алексей); empty
 *                 for an unknown name or a surname
 */
public record NormalizedName(String written, String latin, String folded, String skeleton, boolean initial,
                             List<String> readings, List<String> groups) {

    public NormalizedName {
        readings = readings == null ? List.of() : List.copyOf(readings);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Forms without cross-script readings or name groups. */
    public NormalizedName(String written, String latin, String folded, String skeleton, boolean initial) {
        this(written, latin, folded, skeleton, initial, List.of(), List.of());
    }

    /** The first reading, the value's own canonical key, or {@code latin} when there are none. */
    public String canonical() {
        return readings.isEmpty() ? latin : readings.get(0);
    }
}
