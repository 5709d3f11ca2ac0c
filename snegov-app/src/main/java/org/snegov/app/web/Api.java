package org.snegov.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.snegov.app.service.PersonService;
import org.snegov.app.service.PersonView;
import org.snegov.app.service.RecordJson;
import org.snegov.app.service.Registry;
import org.snegov.app.service.SearchPage;
import org.snegov.app.service.SearchService;

/** The JSON API under {@code /api/}: one handler method per route. */
final class Api {

    private final SearchService search;
    private final PersonService persons;

    Api(Registry registry) {
        this.search = new SearchService(registry);
        this.persons = new PersonService(registry);
    }

    void search(Context ctx) throws JsonProcessingException {
        SearchPage page = search.search(Params.text(ctx, "q"), Params.integer(ctx, "page", 1),
                Params.integer(ctx, "size", Pages.PAGE_SIZE), Params.flag(ctx, "facets"));
        ObjectNode root = RecordJson.mapper().createObjectNode();
        root.put("query", page.query());
        root.put("page", page.page());
        root.put("size", page.size());
        root.put("total", page.total());
        root.put("total_is_lower_bound", page.totalIsLowerBound());
        ArrayNode hits = root.putArray("hits");
        for (SearchPage.Hit h : page.hits()) {
            ObjectNode o = hits.addObject();
            o.put("id", h.personId());
            o.put("name", h.name());
            o.put("native_name", h.nativeName());
            if (h.birthYear() == null) {
                o.putNull("birth_year");
            } else {
                o.put("birth_year", h.birthYear());
            }
            o.put("birth_place", h.birthPlace());
            o.put("score", h.score());
            o.put("url", "/persons/" + h.personId());
            ArrayNode reasons = o.putArray("reasons");
            h.reasons().forEach(reasons::add);
            ArrayNode highlight = o.putArray("highlight");
            h.nameParts().stream().filter(SearchPage.Part::matched).forEach(p -> highlight.add(p.text()));
            h.nativeParts().stream().filter(SearchPage.Part::matched).forEach(p -> highlight.add(p.text()));
        }
        ObjectNode facets = root.putObject("facets");
        for (SearchPage.Facet f : page.facets()) {
            ArrayNode values = facets.putArray(f.dimension());
            for (SearchPage.FacetValue v : f.values()) {
                values.addObject().put("value", v.value()).put("count", v.count()).put("query", v.refine());
            }
        }
        json(ctx, root);
    }

    void person(Context ctx) throws JsonProcessingException {
        String id = ctx.pathParam("id");
        String now = persons.resolve(id).orElse(id);
        if (!now.equals(id)) {
            ctx.redirect("/api/persons/" + now, io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        PersonView view = persons.show(id);
        ObjectNode root = RecordJson.mapper().createObjectNode();
        root.put("id", view.id());
        root.put("name", view.name());
        root.put("native_name", view.nativeName());
        ArrayNode records = root.putArray("records");
        view.person().records().forEach(r -> records.add(RecordJson.of(r, view.sources().stream()
                .filter(s -> s.id().equals(r.sourceId())).findFirst().map(PersonView.SourceRef::name)
                .orElse(r.sourceId()))));
        json(ctx, root);
    }

    /** The OpenAPI description, a resource kept beside the code and checked against the routes by a test. */
    void openapi(Context ctx) throws java.io.IOException {
        try (var in = Api.class.getResourceAsStream("/openapi.json")) {
            ctx.contentType("application/json; charset=utf-8").result(new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static void error(Context ctx, int status, String message) {
        ObjectNode body = RecordJson.mapper().createObjectNode();
        body.put("status", status);
        body.put("message", message);
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }

    private static void json(Context ctx, ObjectNode body) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8").result(RecordJson.mapper().writeValueAsString(body));
    }
}
