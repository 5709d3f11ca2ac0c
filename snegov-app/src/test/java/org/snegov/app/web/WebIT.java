package org.snegov.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snegov.app.Samples;
import org.snegov.app.service.ImportService;
import org.snegov.app.service.Readers;
import org.snegov.app.service.Registry;
import org.snegov.app.service.SearchService;

/** Every route, in process, over real HTTP on a free port. */
class WebIT {

    @TempDir
    static Path tmp;

    private static Registry registry;
    private static WebServer server;
    private static String snegovId;
    private static String sourceId;
    private static String xssId;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        registry = Registry.open(tmp.resolve("data"));
        ImportService imports = new ImportService(registry, Clock.systemUTC());
        sourceId = imports.importFile(Samples.founding(), Readers.DEFAULT).sourceId();
        Path hostile = Files.writeString(tmp.resolve("hostile.txt"),
                "= <script>alert(1)</script> =\n\n<script>alert(1)</script> (1901 – 1938) was a test person.\n",
                StandardCharsets.UTF_8);
        imports.importFile(hostile, Readers.DEFAULT);
        SearchService search = new SearchService(registry);
        snegovId = search.search("Snegov", 1, 1).hits().get(0).personId();
        xssId = search.search("script alert", 1, 1).hits().get(0).personId();
        server = WebServer.start(registry, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        registry.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return TestHttp.get(server, path);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void homeShowsTheNumbersWithStrictSecurityHeaders() throws Exception {
        HttpResponse<String> r = get("/");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("persons", "alexei-snegov.txt");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'").doesNotContain("unsafe-inline"));
        assertThat(r.body()).doesNotContain("<script");
    }

    @Test
    void searchPageFindsThePersonInBothScripts() throws Exception {
        for (String query : new String[] {"Снегов", "Snegov"}) {
            HttpResponse<String> r = get("/search?q=" + q(query));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).as(query).contains("/persons/" + snegovId, "Alexei Snegov");
        }
    }

    @Test
    void personPageShowsNamesVitalsTimelineAndEvidence() throws Exception {
        HttpResponse<String> r = get("/persons/" + snegovId);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Alexei Snegov", "Алексей Владимирович Снегов", "1898", "Kiev",
                "18 September 1989", "June 1937", "4 January 1939", "<mark>", "/sources/" + sourceId + "?at=");
    }

    @Test
    void sourcePageShowsTheVerbatimTextWithHighlightedSpans() throws Exception {
        HttpResponse<String> r = get("/sources/" + sourceId);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<mark>", "class=\"span\"", "/persons/" + snegovId + "#f-",
                "As he stressed to Khrushchev and Mikoyan:");
    }

    @Test
    void apiSearchAnswersJson() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + q("Снегов"));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("total").asInt()).isEqualTo(1);
        assertThat(json.get("hits").get(0).get("id").asText()).isEqualTo(snegovId);
    }

    @Test
    void apiPersonAnswersTheRecordsWithEvidenceOffsets() throws Exception {
        HttpResponse<String> r = get("/api/persons/" + snegovId);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("name").asText()).isEqualTo("Alexei Snegov");
        JsonNode event = json.get("records").get(0).get("events").get(0);
        assertThat(event.get("evidence").get("start").isInt()).isTrue();
    }

    @Test
    void unknownAndMalformedIdsAre404WithoutStackTraces() throws Exception {
        for (String path : new String[] {"/persons/p0123456789", "/persons/..%2F..%2Fetc%2Fpasswd",
                "/sources/" + "0".repeat(64), "/sources/abc", "/no/such/page"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("Exception").doesNotContain("at org.");
        }
        HttpResponse<String> api = get("/api/persons/p0123456789");
        assertThat(api.statusCode()).isEqualTo(404);
        JsonNode json = JSON.readTree(api.body());
        assertThat(json.get("status").asInt()).isEqualTo(404);
        assertThat(json.get("message").asText()).contains("p0123456789");
    }

    @Test
    void malformedOrOversizedParametersAre400WithAClearMessage() throws Exception {
        HttpResponse<String> page = get("/api/search?q=x&page=abc");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(page.body()).get("message").asText()).contains("'page'", "whole number");

        assertThat(get("/api/search?q=x&size=1000").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=" + "a".repeat(600)).statusCode()).isEqualTo(400);
        assertThat(get("/search?q=x&page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void escapesEveryValueSoMarkupInARecordRendersAsText() throws Exception {
        for (String path : new String[] {"/persons/" + xssId, "/search?q=" + q("<script>alert(1)</script>"), "/"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.body()).as(path).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(get("/persons/" + xssId).body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void switchesTheInterfaceToRussianAndRemembersIt() throws Exception {
        HttpResponse<String> sw = get("/lang/ru?back=" + q("/persons/" + snegovId));
        assertThat(sw.statusCode()).isEqualTo(303);
        assertThat(sw.headers().firstValue("Location")).hasValue("/persons/" + snegovId);
        String cookie = sw.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("lang=ru").containsIgnoringCase("Max-Age");

        HttpResponse<String> page = TestHttp.send(HttpRequest.newBuilder(TestHttp.uri(server, "/persons/" + snegovId))
                .header("Cookie", "lang=ru").build());
        assertThat(page.body()).contains("<html lang=\"ru\">", "Хронология", "4 января 1939 г.", "июнь 1937 г.");
    }

    @Test
    void followsTheBrowsersLanguageUntilAChoiceIsMade() throws Exception {
        HttpResponse<String> page = TestHttp.send(HttpRequest.newBuilder(TestHttp.uri(server, "/"))
                .header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8").build());
        assertThat(page.body()).contains("Реестр репрессированных");
    }

    @Test
    void neverRedirectsTheLanguageSwitchOffTheSite() throws Exception {
        for (String back : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
            HttpResponse<String> sw = get("/lang/en?back=" + q(back));
            assertThat(sw.headers().firstValue("Location")).as(back).hasValue("/");
        }
    }

    @Test
    void sendsNoCorsHeaders() throws Exception {
        HttpResponse<String> r = TestHttp.send(HttpRequest.newBuilder(TestHttp.uri(server, "/api/search?q=x"))
                .header("Origin", "https://elsewhere.example").build());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void statisticsPageDrawsChartsWhoseBarsLinkToTheirSearch() throws Exception {
        HttpResponse<String> r = get("/stats");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<svg", "<rect", "href=\"/search?q=event%3Aarrest%401937\"",
                "href=\"/search?q=event%3Aarrest%401937-06\"", "href=\"/search?q=event%3Aarrest%401939-01\"");
        assertThat(r.body()).contains("/search?q=place%3A%22Kiev");
        for (String filter : new String[] {"event:arrest@1937", "event:arrest@1937-06", "event:camp@1939-01"}) {
            JsonNode hits = JSON.readTree(get("/api/search?q=" + q(filter)).body());
            assertThat(hits.get("total").asInt()).as(filter).isEqualTo(1);
        }
        assertThat(JSON.readTree(get("/api/search?q=" + q("event:arrest@1938-06")).body()).get("total").asInt()).isZero();
    }

    @Test
    void describesEveryApiRouteInOpenApiAndEachDescribedRouteAnswers() throws Exception {
        HttpResponse<String> r = get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode spec = JSON.readTree(r.body());
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        java.util.List<String> paths = new java.util.ArrayList<>();
        spec.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/search", "/api/persons/{id}");
        for (String path : paths) {
            HttpResponse<String> answer = get(path.replace("{id}", snegovId));
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        }
    }

    @Test
    void servesTheStylesheet() throws Exception {
        HttpResponse<String> r = get("/static/snegov.css");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(".timeline");
    }
}
