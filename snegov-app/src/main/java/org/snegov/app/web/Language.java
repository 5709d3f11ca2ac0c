package org.snegov.app.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** Which language a request gets, and the switch that remembers a choice in a cookie. */
final class Language {

    static final String COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Language() {
    }

    /** The cookie's language, else the browser's preference, else English. */
    static Ui of(Context ctx) {
        Ui.Lang chosen = Ui.Lang.fromCode(ctx.cookie(COOKIE));
        if (chosen == null) {
            String accept = ctx.header("Accept-Language");
            chosen = accept != null && Ui.Lang.fromCode(accept.split(",")[0]) == Ui.Lang.RU ? Ui.Lang.RU : Ui.Lang.EN;
        }
        return Ui.of(chosen);
    }

    /** {@code GET /lang/{code}?back=/path}: remembers the language and returns to the page. */
    static void switchTo(Context ctx) {
        Ui.Lang lang = Ui.Lang.fromCode(ctx.pathParam("code"));
        if (lang == null) {
            throw org.snegov.app.service.RegistryException.notFound("No interface language '" + ctx.pathParam("code")
                    + "'; there are en and ru");
        }
        Cookie cookie = new Cookie(COOKIE, lang.code(), "/", ONE_YEAR, false, true, null, SameSite.LAX);
        ctx.cookie(cookie);
        ctx.redirect(safeBack(ctx.queryParam("back")), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Only a path on this site: no scheme, no host, no "//" (which a browser would read as a host). */
    static String safeBack(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }
}
