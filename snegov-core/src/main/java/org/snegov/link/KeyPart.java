package org.snegov.link;

/** One part of a blocking key: a field and how its key is derived. */
public record KeyPart(String field, KeyKind kind) {

    public KeyPart {
        if (field == null || kind == null) {
            throw new IllegalArgumentException("a key part needs a field and a kind");
        }
    }

    /** Parses {@code field:kind} (kind case-insensitive, default {@code exact}). */
    public static KeyPart parse(String text) {
        int colon = text.indexOf(':');
        String field = colon < 0 ? text.strip() : text.substring(0, colon).strip();
        String kind = colon < 0 ? "exact" : text.substring(colon + 1).strip();
        try {
            return new KeyPart(field, KeyKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown key kind '" + kind + "' in '" + text + "'; known: "
                    + java.util.Arrays.toString(KeyKind.values()).toLowerCase(java.util.Locale.ROOT), e);
        }
    }

    @Override
    public String toString() {
        return field + ":" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
