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
