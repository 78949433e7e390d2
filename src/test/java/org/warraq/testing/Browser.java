package org.warraq.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through the Debian chromedriver, both named explicitly so
 * nothing tries to download a browser or a driver. In CI (CI=true) a missing browser fails the
 * test; on a developer machine without it, browser tests are skipped with a hint.
 */
public final class Browser {
    /** Debian's browser; WARRAQ_CHROMIUM names another (e.g. Chrome on a hosted CI runner). */
    public static final String CHROMIUM = env("WARRAQ_CHROMIUM", "/usr/bin/chromium");
    /** Debian's driver; WARRAQ_CHROMEDRIVER names another. */
    public static final String CHROMEDRIVER = env("WARRAQ_CHROMEDRIVER", "/usr/bin/chromedriver");

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private Browser() {
    }

    /** Whether the Debian browser and driver are installed. */
    public static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** Skips (locally) or fails (in CI) when the browser is missing. */
    public static void require() {
        if (!available()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs " + CHROMIUM + " and " + CHROMEDRIVER + " (.ci/run installs them)");
            }
            Assumptions.abort("browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        }
    }

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        // Selenium warns on every start that it has no CDP bindings for this Chromium; we use WebDriver only.
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    /** A fresh headless browser with its own profile directory, {@code width}×{@code height} CSS pixels. */
    public static ChromeDriver start(int width, int height) {
        return start(width, height, "en-US", true);
    }

    /** A fresh headless browser whose preferred language is {@code lang}, with or without JavaScript. */
    public static ChromeDriver start(int width, int height, String lang, boolean javascript) {
        require();
        Path profile;
        try {
            profile = Files.createTempDirectory("warraq-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=" + lang);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", lang,
                "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
