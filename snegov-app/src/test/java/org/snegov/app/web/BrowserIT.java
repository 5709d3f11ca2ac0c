package org.snegov.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snegov.app.Samples;
import org.snegov.app.service.ImportService;
import org.snegov.app.service.Readers;
import org.snegov.app.service.Registry;

/**
 * The registry as a person uses it, in headless Chromium. Screenshots of each page go to
 * {@code target/screenshots/}. Skips, saying so, where no system Chromium is installed.
 */
class BrowserIT {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path tmp;

    private static Registry registry;
    private static WebServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = Browser.executable().orElse(null);
        Assumptions.assumeTrue(chromium != null,
                "No system Chromium (/usr/bin/chromium): skipping browser tests; install Debian's 'chromium' package");
        Files.createDirectories(SHOTS);
        registry = Registry.open(tmp.resolve("data"));
        new ImportService(registry, Clock.systemUTC()).importFile(Samples.founding(), Readers.DEFAULT);
        server = WebServer.start(registry, "127.0.0.1", 0);
        browser = Browser.launch(chromium);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.stop();
        if (registry != null) registry.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private void searchFor(Page page, String query) {
        page.navigate(url("/"));
        page.locator("#q").fill(query);
        page.locator("form.search button").click();
        page.waitForURL("**/search?**");
    }

    @Test
    void findsThePersonBySearchingInCyrillic() {
        Page page = browser.newPage(false);
        page.navigate(url("/"));
        shot(page, "home");

        searchFor(page, "Снегов");

        assertThat(page.locator("ol.hits > li").count()).isEqualTo(1);
        assertThat(page.locator("ol.hits .name").textContent()).isEqualTo("Alexei Snegov");
        shot(page, "search-cyrillic");
    }

    @Test
    void findsThePersonBySearchingInLatinAndOpensThePage() {
        Page page = browser.newPage(false);
        searchFor(page, "snegov");
        shot(page, "search-latin");

        page.locator("ol.hits .name").first().click();
        page.waitForURL("**/persons/**");

        assertThat(page.locator("h1").textContent()).isEqualTo("Alexei Snegov");
        assertThat(page.locator("p.native").textContent()).isEqualTo("Алексей Владимирович Снегов");
        shot(page, "person");
    }

    @Test
    void timelineShowsDatesAtTheirPrecisionWithHighlightedEvidenceAndASourceLink() {
        Page page = browser.newPage(false);
        searchFor(page, "snegov");
        page.locator("ol.hits .name").first().click();
        page.waitForURL("**/persons/**");

        Locator events = page.locator("ol.timeline li");
        assertThat(events.count()).isGreaterThan(5);
        assertThat(page.locator("ol.timeline .when").allTextContents()).contains("June 1937", "4 January 1939", "1964");
        Locator arrest = page.locator("ol.timeline li.type-arrest").first();
        assertThat(arrest.locator("mark").textContent()).contains("arrested");
        assertThat(arrest.locator("mark").evaluate("e => getComputedStyle(e).backgroundColor"))
                .isNotEqualTo("rgba(0, 0, 0, 0)");

        arrest.locator("a.cite").click();
        page.waitForURL("**/sources/**");
        assertThat(page.locator("pre.verbatim mark").count()).isGreaterThan(5);
        assertThat(page.locator("pre.verbatim").textContent()).contains("= Alexei Snegov =");
        shot(page, "source");
    }

    @Test
    void switchesTheInterfaceToRussianAndKeepsItAcrossPages() {
        Page page = browser.newPage(false);
        searchFor(page, "Snegov");
        page.locator("ol.hits .name").first().click();
        page.waitForURL("**/persons/**");

        page.locator("header a.lang").click();
        page.waitForURL("**/persons/**");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ru");
        assertThat(page.locator("ol.timeline .when").allTextContents()).contains("4 января 1939 г.");
        shot(page, "person-ru");

        page.navigate(url("/"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Реестр репрессированных");
        shot(page, "home-ru");
    }

    @Test
    void followsAChartBarToTheSearchOfItsPeople() {
        Page page = browser.newPage(false);
        page.navigate(url("/"));
        page.locator("nav.main a[href='/stats']").click();
        page.waitForURL("**/stats");
        shot(page, "statistics");

        page.locator("figure.chart a[href*='event%3Aarrest']").first().click();
        page.waitForURL("**/search?**");

        assertThat(page.url()).contains("event%3Aarrest");
        assertThat(page.locator("ol.hits .name").allTextContents()).contains("Alexei Snegov");
        shot(page, "chart-search");
    }

    /** Clicks {@code link} and waits for the page it leads to, which may differ from this one in its query only. */
    private static void follow(Page page, Locator link) {
        String before = page.url();
        link.click();
        page.waitForURL(u -> !u.equals(before));
    }

    @Test
    void narrowsByFacetsThenRemovesEachFilterByItsChipOrAllAtOnce() {
        Page page = browser.newPage(false);
        searchFor(page, "Snegov");
        assertThat(page.locator(".filters").count()).isZero();

        follow(page, page.locator("aside.facets section").nth(0).locator("a").first());
        follow(page, page.locator("aside.facets section").nth(1).locator("a").first());
        Locator chips = page.locator(".filters li.filter");
        assertThat(chips.count()).isEqualTo(2);
        assertThat(page.locator("ol.hits .name").allTextContents()).contains("Alexei Snegov");
        shot(page, "search-filters");

        String removed = chips.nth(0).locator("span").textContent();
        follow(page, chips.nth(0).locator("a.remove"));
        assertThat(chips.count()).isEqualTo(1);
        assertThat(chips.allTextContents()).noneMatch(t -> t.contains(removed));
        assertThat(page.locator("ol.hits .name").allTextContents()).contains("Alexei Snegov");

        follow(page, chips.nth(0).locator("a.remove"));
        assertThat(page.locator(".filters").count()).isZero();
        assertThat(page.locator("#q").inputValue()).isEqualTo("Snegov");
    }

    @Test
    void clearsAllFiltersAtOnceAndSaysTheReasonsInRussian() {
        Page page = browser.newPage(false);
        page.navigate(url("/lang/ru?back=%2F"));
        page.navigate(url("/search?q=" + java.net.URLEncoder.encode("Snegow born:1890-1899 event:arrest",
                java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator(".filters li.filter").count()).isEqualTo(2);
        assertThat(page.locator("ul.reasons li").allTextContents()).anyMatch(t -> t.contains("немецкая транскрипция"));
        shot(page, "search-filters-ru");

        follow(page, page.locator(".filters a.clear"));
        assertThat(page.locator(".filters").count()).isZero();
        assertThat(page.locator("#q").inputValue()).isEqualTo("Snegow");
    }

    @Test
    void personPageFitsAPhoneScreen() {
        Page page = browser.newPage(true);
        searchFor(page, "Snegov");
        page.locator("ol.hits .name").first().click();
        page.waitForURL("**/persons/**");

        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        shot(page, "person-phone");
    }
}
