package org.snegov.app.web;

import io.javalin.http.Context;
import java.util.Map;
import org.snegov.app.service.PersonService;
import org.snegov.app.service.Registry;
import org.snegov.app.service.RegistryStats;
import org.snegov.app.service.SearchService;
import org.snegov.app.service.SourceService;
import org.snegov.app.service.StatisticsService;

/** The HTML pages: one handler method each, rendering a template over a service's answer. */
final class Pages {

    static final int PAGE_SIZE = 20;

    private final Registry registry;
    private final Templates templates;
    private final SearchService search;
    private final PersonService persons;
    private final SourceService sources;
    private final StatisticsService statisticsService;
    /** How long the registry's counts and charts may lag behind an import. */
    private static final java.time.Duration FRESHNESS = java.time.Duration.ofSeconds(20);
    private final ExpiringValue<RegistryStats> homeStats;
    private final ExpiringValue<StatisticsService.Statistics> charts;

    Pages(Registry registry, Templates templates) {
        this.registry = registry;
        this.templates = templates;
        this.search = new SearchService(registry);
        this.persons = new PersonService(registry);
        this.sources = new SourceService(registry);
        this.statisticsService = new StatisticsService(registry);
        this.homeStats = new ExpiringValue<>(() -> RegistryStats.of(registry), FRESHNESS);
        this.charts = new ExpiringValue<>(statisticsService::statistics, FRESHNESS);
    }

    void home(Context ctx) {
        html(ctx, "home.jte", Map.of("stats", homeStats.get()));
    }

    void search(Context ctx) {
        var page = search.search(Params.text(ctx, "q"), Params.integer(ctx, "page", 1),
                Params.integer(ctx, "size", PAGE_SIZE));
        html(ctx, "search.jte", Map.of("page", page));
    }

    void person(Context ctx) {
        String id = ctx.pathParam("id");
        String now = persons.resolve(id).orElse(id);
        if (!now.equals(id)) {
            // A merged person's old address stays valid: it leads to the person it became part of.
            ctx.redirect("/persons/" + now, io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        html(ctx, "person.jte", Map.of("view", persons.show(id)));
    }

    void source(Context ctx) {
        html(ctx, "source.jte", Map.of("view", sources.show(ctx.pathParam("id"), Params.integer(ctx, "at", -1),
                Params.integer(ctx, "len", 0))));
    }

    void statistics(Context ctx) {
        var stats = charts.get();
        Ui ui = Language.of(ctx);
        StackedBars years = StackedBars.of(stats.perYear(), 900, 260, ui::eventType,
                (type, year) -> "/search?q=" + ui.url("event:" + type + "@" + year),
                year -> stats.perYear().periods().size() <= 20 || Integer.parseInt(year) % 5 == 0 ? year : null);
        StackedBars months = StackedBars.of(stats.perMonth(), 900, 260, ui::eventType,
                (type, month) -> "/search?q=" + ui.url("event:" + type + "@" + month),
                month -> month.endsWith("-01") ? month.substring(0, 4) : null);
        html(ctx, "stats.jte", Map.of("stats", stats, "years", years, "months", months));
    }

    void error(Context ctx, int status, String message) {
        ctx.status(status);
        html(ctx, "error.jte", Map.of("status", status, "message", message));
    }

    /** Renders {@code template} with {@code params} plus the request's language ({@code ui}) and page ({@code here}). */
    private void html(Context ctx, String template, Map<String, Object> params) {
        Map<String, Object> all = new java.util.HashMap<>(params);
        Ui ui = Language.of(ctx);
        all.put("ui", ui);
        all.put("here", ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString());
        ctx.header("Content-Language", ui.lang()).header("Vary", "Cookie, Accept-Language");
        ctx.contentType("text/html; charset=utf-8").result(templates.render(template, all));
    }
}
