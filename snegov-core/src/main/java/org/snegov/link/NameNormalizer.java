package org.snegov.link;

/**
 * Turns a name as written into its comparable forms. Implementations are thread-safe and pure: the same input
 * always gives the same output. The names module will provide a richer implementation; linkage depends only on
 * this interface.
 */
public interface NameNormalizer {

    /** The comparable forms of {@code raw} (non-null, non-blank). */
    NormalizedName normalize(String raw);
}
