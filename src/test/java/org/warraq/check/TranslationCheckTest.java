package org.warraq.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.config.BaseUrl;
import org.warraq.problem.Problem;

/** The translation check on hand-written output, for the defects Warraq's own templates cannot produce. */
class TranslationCheckTest {
    @TempDir
    Path out;

    private void page(String path, String... alternates) throws IOException {
        StringBuilder head = new StringBuilder("<!DOCTYPE html>\n<html><head>\n");
        for (int i = 0; i < alternates.length; i += 2) {
            head.append("<link rel=\"alternate\" hreflang=\"").append(alternates[i]).append("\" href=\"")
                    .append(alternates[i + 1]).append("\">\n");
        }
        Path file = out.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, head + "</head><body></body></html>\n");
    }

    private List<String> findings() {
        BuiltSite site = BuiltSite.scan(out, BaseUrl.parse("https://example.org/"));
        return TranslationCheck.check(site, List.of("ar", "en")).stream().map(Problem::format).toList();
    }

    @Test
    void pairThatLinksBothWaysWithOneXDefaultPasses() throws IOException {
        page("ar/a/index.html", "ar", "https://example.org/ar/a/", "en", "https://example.org/en/a/", "x-default", "https://example.org/ar/a/");
        page("en/a/index.html", "ar", "https://example.org/ar/a/", "en", "https://example.org/en/a/", "x-default", "https://example.org/ar/a/");
        assertEquals(List.of(), findings());
    }

    @Test
    void missingXDefaultAndMissingSelfReferenceAreErrors() throws IOException {
        page("ar/a/index.html", "ar", "/ar/a/", "en", "/en/a/");
        page("en/a/index.html", "ar", "/ar/a/", "x-default", "/ar/a/");
        assertEquals(List.of(
                "ar/a/index.html:3: hreflang alternates without hreflang=\"x-default\" — add one pointing to the default-language version",
                "en/a/index.html:3: no hreflang alternate points to this page itself — list the page under its own language too"),
                findings());
    }

    @Test
    void alternateToAMissingPageAndDifferentXDefaultsAreErrors() throws IOException {
        page("ar/a/index.html", "ar", "/ar/a/", "en", "/en/a/", "fr", "/fr/a/", "x-default", "/ar/a/");
        page("en/a/index.html", "ar", "/ar/a/", "en", "/en/a/", "x-default", "/en/a/");
        assertEquals(List.of(
                "ar/a/index.html:4: x-default is ar/a/index.html here but en/a/index.html on its translation en/a/index.html "
                        + "— give all translations the same x-default",
                "ar/a/index.html:5: hreflang=\"fr\" points to '/fr/a/', which the build did not produce — fix the alternate",
                "en/a/index.html:3: x-default is en/a/index.html here but ar/a/index.html on its translation ar/a/index.html "
                        + "— give all translations the same x-default"),
                findings());
    }

    @Test
    void theRootLanguageChooserIsNobodysTranslation() throws IOException {
        page("index.html", "ar", "/ar/", "en", "/en/");
        assertEquals(List.of(), findings());
    }
}
