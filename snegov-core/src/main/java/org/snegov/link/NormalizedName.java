package org.snegov.link;

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
 */
public record NormalizedName(String written, String latin, String folded, String skeleton,
                             boolean initial) {
}
