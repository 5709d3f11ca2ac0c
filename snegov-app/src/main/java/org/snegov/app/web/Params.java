package org.snegov.app.web;

import io.javalin.http.Context;
import org.snegov.app.service.RegistryException;

/** Reads query parameters, refusing malformed ones with a message that names them. */
final class Params {

    private Params() {
    }

    /** The whole-number parameter {@code name}, or {@code fallback} when absent or empty. */
    static int integer(Context ctx, String name, int fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw RegistryException.badArgument("Parameter '" + name + "' must be a whole number, was '"
                    + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw) + "'");
        }
    }

    /** The yes/no parameter {@code name}: true for "true", "1" or "yes", false when absent. */
    static boolean flag(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw org.snegov.app.service.RegistryException.badArgument("Parameter '" + name
                    + "' must be true or false, was '" + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw) + "'");
        };
    }

    /** The text parameter {@code name}, or "" when absent. */
    static String text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null ? "" : raw;
    }
}
