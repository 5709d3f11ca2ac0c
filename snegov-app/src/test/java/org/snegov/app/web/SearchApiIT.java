package org.snegov.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/** What the search adds to the API and the page: spellings, fielded queries, reasons, highlighting, facets. */
class SearchApiIT {

    @TempDir
    static Path tmp;

    private static Registry registry;
    private static WebServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        registry = Registry.open(tmp.resolve("data"));
        new ImportService(registry, Clock.systemUTC()).importFile(Samples.founding(), Readers.DEFAULT);
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

    private static JsonNode api(String query) throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void findsTheFoundingSubjectUnderEverySpellingAndWithFilters() throws Exception {
        for (String query : new String[] {"Sniegow", "Snegoff", "Снєгов", "Schneegow", "Alexei Snegoff b. 1898 Kiev",
                "Snegov born:1895-1900", "Snegov place:Kyiv"}) {
            assertThat(api(query).get("total").asInt()).as(query).isEqualTo(1);
        }
        assertThat(api("Snegov born:1900-1910").get("total").asInt()).isZero();
    }

    @Test
    void explainsTheMatchHighlightsTheNameAndCountsFacets() throws Exception {
        JsonNode json = JSON.readTree(get("/api/search?facets=true&q=Snegow").body());
        JsonNode hit = json.get("hits").get(0);
        assertThat(hit.get("reasons").get(0).asText()).contains("Snegow ≈", "German transliteration");
        assertThat(hit.get("highlight").size()).isPositive();
        assertThat(json.get("facets").get("event")).isNotEmpty();
        assertThat(json.get("facets").get("event").get(0).get("query").asText()).startsWith("Snegow event:");
        JsonNode plain = api("Snegow");
        assertThat(plain.path("facets").size()).as("facets only when asked for").isZero();
        assertThat(get("/api/search?q=Snegow&facets=maybe").statusCode()).isEqualTo(400);
    }

    @Test
    void showsReasonsMarksAndFacetsOnThePage() throws Exception {
        HttpResponse<String> r = get("/search?q=Snegow");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<mark>", "German transliteration", "class=\"facets\"");
    }

    private static HttpResponse<String> getInRussian(String path) throws Exception {
        return TestHttp.send(HttpRequest.newBuilder(TestHttp.uri(server, path))
                .header("Cookie", "lang=ru").build());
    }

    @Test
    void saysTheReasonsOfAMatchInRussianOnTheRussianPageAndInEnglishInTheApi() throws Exception {
        String page = getInRussian("/search?q=Snegow").body();
        assertThat(page).contains("Snegow ≈", "немецкая транскрипция").doesNotContain("German transliteration");
        assertThat(api("Snegow").get("hits").get(0).get("reasons").get(0).asText()).contains("German transliteration");
    }

    @Test
    void namesTheFormerPlaceInRussianOnTheRussianPage() throws Exception {
        String page = getInRussian("/search?q=" + URLEncoder.encode("Snegov place:Kyiv", StandardCharsets.UTF_8)).body();
        assertThat(page).contains("Место: Киев").doesNotContain("same place");
    }

    @Test
    void showsEachActiveFilterWithALinkThatRemovesItAndOneThatClearsThemAll() throws Exception {
        String query = "Snegov born:1895-1900 event:arrest";
        String page = get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body();
        assertThat(page).contains("class=\"filters\"", "Born 1895–1900", "Event: Arrest");
        String withoutBorn = "/search?q=" + URLEncoder.encode("Snegov event:arrest", StandardCharsets.UTF_8);
        String withoutEvent = "/search?q=" + URLEncoder.encode("Snegov born:1895-1900", StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"" + withoutBorn + "\"", "href=\"" + withoutEvent + "\"",
                "href=\"/search?q=Snegov\"", "Clear all filters");

        String after = get(withoutBorn).body();
        assertThat(after).contains("Event: Arrest").doesNotContain("Born 1895–1900");
        assertThat(get("/search?q=Snegov").body()).doesNotContain("class=\"filters\"");
        assertThat(getInRussian("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body())
                .contains("Год рождения: 1895–1900", "Сбросить все фильтры");
    }

    @Test
    void saysWhetherTheApisTotalIsALowerBound() throws Exception {
        assertThat(api("Snegov").get("total_is_lower_bound").asBoolean(true)).isFalse();
    }
}
