package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.warraq.testing.Browser;
import org.warraq.testing.RepositorySite;

/** axe-core, run in headless Chromium over every kind of page in both languages, finds no violations. */
class AccessibilityTest {
    private static ChromeDriver browser;
    private static String axe;

    @BeforeAll
    static void start() throws Exception {
        Browser.require();
        axe = Files.readString(Path.of("node_modules/axe-core/axe.min.js"), StandardCharsets.UTF_8);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Stream<String> pages() {
        List<String> pages = new ArrayList<>();
        for (String lang : List.of("ar", "en")) {
            pages.add(lang + "/");
            pages.add(lang + "/articles/marrakech-ministerial-meeting/");
            pages.add(lang + "/topics/");
            pages.add(lang + "/topics/africa-expansion/");
            pages.add(lang + "/tags/");
            pages.add(lang + "/search/?q=" + (lang.equals("ar") ? "مراكش" : "Marrakech"));
            pages.add(lang + "/about/");
            pages.add(lang + "/no-such-page/");
        }
        pages.add(firstTag("ar"));
        pages.add(firstTag("en"));
        return pages.stream();
    }

    private static String firstTag(String lang) {
        try (Stream<Path> dirs = Files.list(RepositorySite.get().output().resolve(lang + "/tags"))) {
            Path tag = dirs.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
            return lang + "/tags/" + java.net.URLEncoder.encode(tag.getFileName().toString(), StandardCharsets.UTF_8) + "/";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHasNoAxeViolations(String sitePath) {
        browser.get(RepositorySite.get().url(sitePath));
        assertEquals(List.of(), violations(), sitePath);
    }

    @org.junit.jupiter.api.Test
    void axeReportsAnImageWithoutAltText() {
        browser.get("data:text/html,<!DOCTYPE html><html lang=en><title>x</title><main><img src=x.png></main></html>");
        org.junit.jupiter.api.Assertions.assertTrue(violations().stream().anyMatch(v -> "image-alt".equals(v.get("id"))));
    }

    private List<Map<String, Object>> violations() {
        browser.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id,"
                        + " impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}))))"
                        + ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));");
        return violations;
    }
}
