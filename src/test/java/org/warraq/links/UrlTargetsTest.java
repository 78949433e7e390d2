package org.warraq.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warraq.config.BaseUrl;

/** How URLs in built pages map to output files under a base URL with a path. */
class UrlTargetsTest {
    private final UrlTargets targets = new UrlTargets(BaseUrl.parse("https://example.org/archive/"),
            Set.of("index.html", "ar/index.html", "ar/articles/x/index.html", "ar/articles/مقال/index.html",
                    "css/site.css", "ar/feed.xml"));
    private static final String PAGE = "ar/articles/x/index.html";

    @Test
    void rootRelativeLinksUnderTheBasePathNameTheirIndexFile() {
        UrlTarget t = targets.of(PAGE, "/archive/ar/articles/x/#part");
        assertEquals(UrlTarget.Kind.INTERNAL, t.kind());
        assertEquals("ar/articles/x/index.html", t.file());
        assertEquals("part", t.fragment());
        assertEquals("css/site.css", targets.of(PAGE, "/archive/css/site.css?v=1").file());
        assertEquals("index.html", targets.of(PAGE, "/archive/").file());
    }

    @Test
    void percentEncodedArabicPathsAreDecoded() {
        assertEquals("ar/articles/مقال/index.html", targets.of(PAGE, "/archive/ar/articles/%D9%85%D9%82%D8%A7%D9%84/").file());
    }

    @Test
    void relativeLinksResolveAgainstThePageDirectory() {
        assertEquals("ar/index.html", targets.of(PAGE, "../../").file());
        assertEquals("ar/feed.xml", targets.of(PAGE, "../../feed.xml").file());
        assertEquals(PAGE, targets.of(PAGE, "#top").file());
        assertEquals(UrlTarget.Kind.OUTSIDE, targets.of(PAGE, "../../../../x").kind());
    }

    @Test
    void directoryWithoutTrailingSlashIsServedFromItsIndex() {
        assertEquals("ar/articles/x/index.html", targets.of(PAGE, "/archive/ar/articles/x").file());
    }

    @Test
    void missingFilesHaveNoFile() {
        UrlTarget t = targets.of(PAGE, "/archive/ar/articles/y/");
        assertEquals(UrlTarget.Kind.INTERNAL, t.kind());
        assertNull(t.file());
    }

    @Test
    void absoluteUrlsOfTheSiteAreInternalAndOthersExternal() {
        assertEquals("ar/index.html", targets.of(PAGE, "https://example.org/archive/ar/").file());
        assertEquals(UrlTarget.Kind.OUTSIDE, targets.of(PAGE, "https://example.org/ar/").kind());
        assertEquals(UrlTarget.Kind.OUTSIDE, targets.of(PAGE, "/ar/").kind());
        assertEquals(UrlTarget.Kind.EXTERNAL, targets.of(PAGE, "https://example.org.evil.com/archive/").kind());
        assertEquals(UrlTarget.Kind.EXTERNAL, targets.of(PAGE, "//cdn.example.com/x.js").kind());
        assertEquals(UrlTarget.Kind.IGNORED, targets.of(PAGE, "mailto:a@example.org").kind());
        assertEquals(UrlTarget.Kind.IGNORED, targets.of(PAGE, "").kind());
    }
}
