package org.snegov.app.web;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Headless Chromium from the system's package (Debian's {@code chromium}), driven by Playwright, which is told
 * never to download a browser of its own.
 */
final class Browser implements AutoCloseable {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** The system's Chromium, if installed; tests skip without it. */
    static Optional<Path> executable() {
        String configured = System.getenv("SNEGOV_CHROMIUM");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst();
    }

    static Browser launch(Path executable) {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run",
                        "--disable-sync")));
        return new Browser(playwright, browser);
    }

    /** A fresh page with its own cookies, phone-sized when {@code phone}. */
    Page newPage(boolean phone) {
        NewContextOptions options = new NewContextOptions();
        options.setViewportSize(phone ? 390 : 1280, phone ? 844 : 900);
        return browser.newContext(options).newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
