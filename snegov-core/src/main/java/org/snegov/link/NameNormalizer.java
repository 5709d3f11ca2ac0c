package org.snegov.link;

/**
 * Turns a name as written into its comparable forms. Implementations are thread-safe and pure: the same input
 * always gives the same output. The names module will provide a richer implementation; linkage depends only on
 * this interface.
 */
public interface NameNormalizer {

    /** The comparable forms of {@code raw} (non-null, non-blank). */
    NormalizedName normalize(String raw);

    /**
     * The forms needed for blocking and the cheap levels; {@link NormalizedName#readings()} may hold only the
     * value's own key and {@link NormalizedName#groups()} may be empty, to be taken from {@link #normalize} when a
     * comparison needs them. By default the same as {@link #normalize}.
     */
    default NormalizedName quick(String raw) {
        return normalize(raw);
    }
}
