package org.warraq.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/** The theme stage: the default theme, a site's own files over it, fingerprints and integrity. */
class ThemeTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/first.md", "---\ntitle: \"الأول\"\ndate: 2022-05-11\n---\nنص.\n",
                "content/en/articles/first.md", "---\ntitle: \"First\"\ndate: 2022-05-11\n---\nText.\n");
    }

    /** The stylesheet a built page links to, checked against its Subresource Integrity hash. */
    private static byte[] linkedStylesheet(TestSite site, String page) throws Exception {
        Element link = Jsoup.parse(site.read(page)).selectFirst("link[rel=stylesheet]");
        byte[] css = Files.readAllBytes(site.output().resolve(link.attr("href").substring(1)));
        String sri = "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(css));
        assertEquals(sri, link.attr("integrity"), "integrity of " + link.attr("href"));
        return css;
    }

    @Test
    void siteWithOnlySiteYamlAndContentBuildsWithTheDefaultTheme() throws Exception {
        TestSite site = site();
        assertEquals(0, site.build().exitCode());
        assertArrayEquals(Files.readAllBytes(Path.of("static/css/warraq.css")), linkedStylesheet(site, "en/index.html"));
        assertTrue(site.read("ar/search/index.html").contains("/js/warraq-search."), "search script of the default theme");
    }

    @Test
    void sitesOwnStaticFilesReplaceOrAddToTheDefaultThemeFileByFile() throws Exception {
        TestSite site = site().write("static/css/warraq.css", "body { color: teal; }\n")
                .write("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .write("static/img/.DS_Store", "x").write("static/img/logo.svg~", "backup");
        assertEquals(0, site.build().exitCode());
        assertEquals("body { color: teal; }\n", new String(linkedStylesheet(site, "ar/index.html"), StandardCharsets.UTF_8));
        List<String> files = Trees.read(site.output()).keySet().stream()
                .filter(p -> p.startsWith("img/") || p.startsWith("js/") || p.startsWith("css/")).toList();
        assertEquals(8, files.size(), "each of 4 files, fingerprinted and under its own path: " + files);
        assertTrue(files.stream().anyMatch(p -> p.matches("img/logo\\.[0-9a-f]{10}\\.svg")), files.toString());
        assertTrue(files.contains("img/logo.svg"), files.toString());
        assertEquals("body { color: teal; }\n", site.read("css/warraq.css"));
        assertTrue(files.stream().anyMatch(p -> p.matches("js/warraq-search\\.[0-9a-f]{10}\\.js")),
                "the default theme's script stays: " + files);
    }

    /** The site with its own copy of the default theme's {@code template}, {@code from} replaced by {@code to}. */
    private TestSite withDefaultTemplateChanged(String template, String from, String to) throws IOException {
        String text = Files.readString(Path.of("templates", template));
        assertTrue(text.contains(from), "the default " + template + " has " + from);
        return site().write("templates/" + template, text.replace(from, to));
    }

    @Test
    void sitesOwnTemplateReplacesThatTemplateOnly() throws IOException {
        TestSite site = withDefaultTemplateChanged("404.html", "<h1 th:text=\"${view.heading}\">",
                "<h1 class=\"own-404\" th:text=\"${view.heading}\">");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(site.read("en/404.html").contains("<h1 class=\"own-404\">Page not found</h1>"), site.read("en/404.html"));
        assertTrue(site.read("en/articles/first/index.html").contains("<h1 class=\"article__title\">First</h1>"));
    }

    @Test
    void anErrorInATemplateIsReportedAtItsLineAndColumnInTheTemplateThatHasIt() throws IOException {
        // The broken expression is in layout.html's head fragment, which article.html and every other page include.
        TestSite site = withDefaultTemplateChanged("layout.html", "<title th:text=\"${page.title}\">",
                "<title th:text=\"${page.title\">");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        List<String> lines = run.err().lines().toList();
        // Reported as every failed build's problems are: errors first, the sources' warnings after them.
        assertEquals("templates/layout.html:6:10: error: Could not parse as expression: \"${page.title\" — fix the template",
                lines.get(0));
        assertEquals("Build failed: 1 error. The previous output, if any, is unchanged.", lines.get(lines.size() - 1));
        assertFalse(run.all().contains("\tat "), "no stack trace: " + run.all());

        TestSite.Run check = site.run("check", "--output", site.root().resolve("checked").toString());
        assertEquals(1, check.exitCode(), check.all());
        assertTrue(check.out().contains("templates/layout.html:6:10: error: Could not parse as expression"), check.out());
    }

    @Test
    void aTemplateIncludingOneThatDoesNotExistIsReportedAtTheTemplateRenderedNotAtTheMissingOne() {
        TestSite.Run run = site().write("templates/404.html", "<html><body><div th:replace=\"~{footr :: x}\"></div></body></html>").build();
        assertEquals(1, run.exitCode(), run.all());
        assertEquals("templates/404.html: error: it includes templates/footr.html (th:replace, th:insert), itself or through a template"
                + " it includes, but neither the site nor the default theme has that template — fix the template",
                run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void aTemplateThatCannotBeParsedIsNamedByItsSitePath() {
        TestSite.Run run = site().write("templates/article.html", "<html th:text=\"${").build();
        assertEquals(1, run.exitCode(), run.all());
        String first = run.err().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("templates/article.html:1:1: error: An error happened during template parsing"), first);
        assertFalse(run.all().contains("\tat "), "no stack trace: " + run.all());
    }

    @Test
    void aTemplateAskingForAPropertyTheViewLacksIsToldWhichOne() throws IOException {
        TestSite.Run run = withDefaultTemplateChanged("article.html", "${view.title}", "${view.titel}").build();
        assertEquals(1, run.exitCode(), run.all());
        String first = run.err().lines().findFirst().orElseThrow();
        assertTrue(first.matches("templates/article\\.html:\\d+:\\d+: error: .*\"view\\.titel\": no property 'titel' — fix the template"), first);
        assertFalse(run.all().contains("\tat "), "no stack trace: " + run.all());
    }

    @Test
    void aStaticFileWhoseFingerprintedNameIsTooLongIsAnErrorAtIt() {
        String name = "s".repeat(248) + ".css"; // 252 bytes: a file name, but not with ".0123456789" in it
        TestSite.Run run = site().write("static/css/" + name, "body{}").build();
        assertEquals(1, run.exitCode(), run.all());
        assertEquals("static/css/" + name + ": error: published as 263 bytes of name with its content hash (11 more), more than"
                + " file systems allow (255) — shorten the file's name", run.err().lines().findFirst().orElseThrow());
        assertFalse(run.all().contains("Exception"), run.all());
    }

    @Test
    void staticFilesArePublishedUnderTheirOwnPathsSoContentCanShowThem() {
        TestSite site = site().write("static/img/photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2})
                .write("static/favicon.ico", "icon")
                .write("content/en/articles/pictured.md", "---\ntitle: Pictured\ndate: 2022-05-11\n---\n![A photo](/img/photo.jpg)\n");
        assertEquals(0, site.build().exitCode());
        assertEquals("icon", site.read("favicon.ico"), "where browsers look for it");
        assertEquals("/img/photo.jpg", org.jsoup.Jsoup.parse(site.read("en/articles/pictured/index.html")).selectFirst(".prose img").attr("src"));
        assertTrue(Files.exists(site.output().resolve("img/photo.jpg")));
        TestSite.Run check = site.run("check", "--output", site.root().resolve("checked").toString());
        assertFalse(check.out().contains("/img/photo.jpg"), "the image's address resolves: " + check.out());
    }

    @Test
    void linksInStaticAreFollowedAsInContentAndALoopOrALinkToNothingIsReported() throws IOException {
        TestSite site = site();
        Path shared = dir.resolve("shared-downloads");
        Files.createDirectories(shared.resolve("reports"));
        Files.writeString(shared.resolve("reports/2022.txt"), "annual report");
        Files.createDirectories(site.root().resolve("static"));
        Files.createSymbolicLink(site.root().resolve("static/downloads"), shared);
        Files.createSymbolicLink(site.root().resolve("static/logo.svg"), dir.resolve("nowhere.svg"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("annual report", site.read("downloads/reports/2022.txt"), "a folder link was skipped silently");
        assertTrue(run.err().contains("static/logo.svg: warning: a link to a file that does not exist — not published;"
                + " fix or remove the link"), run.err());

        Files.createSymbolicLink(shared.resolve("reports/again"), shared);
        TestSite.Run loop = site.build();
        assertEquals(1, loop.exitCode(), loop.all());
        assertTrue(loop.err().contains("static/downloads/reports/again: error: a link to a folder that holds it: its files would be"
                + " published forever — remove the link"), loop.err());
        assertFalse(loop.all().contains("Exception"), loop.all());
    }

    @Test
    void aStaticFileAtAPathTheBuildWritesItselfIsAnError() {
        TestSite.Run run = site().write("static/robots.txt", "User-agent: *\n").build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("static/robots.txt: error: the build writes robots.txt itself — rename or remove this file"), run.err());
    }

    @Test
    void aSitesMessageFileChangesTheDefaultThemesStringsKeyByKey() {
        TestSite site = site().write("templates/i18n/ar.properties", "# one string changed\nnav.home=البداية\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertFalse(run.err().contains("missing UI string"), run.err());
        List<String> homeLinks = Jsoup.parse(site.read("ar/index.html")).select("a[href=/ar/]").eachText();
        assertTrue(homeLinks.contains("البداية"), homeLinks.toString());
        assertTrue(site.read("ar/search/index.html").contains("البحث"), "the other strings are the default theme's");
    }

    @Test
    void aMessageFileThatCannotBeReadIsReportedAloneNotAsEveryStringMissing() {
        TestSite.Run run = site().write("templates/i18n/ar.properties", "nav.home=\\u00zz\n").build();
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of("templates/i18n/ar.properties:1:10: error: '\\u00zz' is not a Unicode escape: \\u takes four hexadecimal"
                + " digits — write the character itself (the file is UTF-8)"),
                run.err().lines().filter(l -> l.contains("error:")).toList());
    }

    @Test
    void aStringWithoutThePlaceholderItsEnglishHasIsAWarningAtItsLine() {
        TestSite site = site().write("templates/i18n/ar.properties", "nav.home=البداية\ntag.heading=وسم {0 \n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("templates/i18n/ar.properties:2:1: warning: UI string 'tag.heading' has no {0}, where the value"
                + " goes (English: \"Tag: {0}\") — put {0} in it, or the value is left out of the pages"), run.err());
    }

    @Test
    void messageFileForALanguageTheDefaultThemeLacksIsTakenFromTheSite() throws IOException {
        String siteYaml = TestSite.siteYaml().replace("topics:",
                "  - {code: ur, name: اردو, direction: rtl, locale: ur, weight: 3, numerals: arabext}\ntopics:");
        String urdu = Files.readString(Path.of("templates/i18n/en.properties")).replace("home.latest=Latest articles",
                "home.latest=تازہ ترین مضامین");
        TestSite site = site().write("site.yaml", siteYaml)
                .write("content/ur/articles/first.md", "---\ntitle: \"پہلا\"\ndate: 2022-05-11\n---\nمتن۔\n")
                .write("templates/i18n/ur.properties", urdu);
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertFalse(run.err().contains("templates/i18n/"), "no message-file warning: " + run.err());
        assertEquals("تازہ ترین مضامین", Jsoup.parse(site.read("ur/index.html")).selectFirst("#latest-heading").text());
        assertTrue(site.read("ur/index.html").contains("<html lang=\"ur\" dir=\"rtl\">"));
    }

    @Test
    void languageWithoutAnyMessageFileFallsBackToEnglishWithAWarning() {
        String siteYaml = TestSite.siteYaml().replace("topics:", "  - {code: ur, direction: rtl, weight: 3}\ntopics:");
        TestSite site = site().write("site.yaml", siteYaml);
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertEquals(List.of("templates/i18n/ur.properties: warning: no message file for language 'ur' — its UI falls back"
                + " to English; add templates/i18n/ur.properties"),
                run.err().lines().filter(l -> l.startsWith("templates/")).toList());
        assertEquals("Latest articles", Jsoup.parse(site.read("ur/index.html")).selectFirst("#latest-heading").text());
    }

    @Test
    void fingerprintIsTenHexDigitsOfTheContentBeforeTheExtension() {
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        String name = Assets.fingerprinted("css/site.css", a);
        assertTrue(name.matches("css/site\\.[0-9a-f]{10}\\.css"), name);
        assertEquals(name, Assets.fingerprinted("css/site.css", "a".getBytes(StandardCharsets.UTF_8)), "same bytes, same name");
        assertNotEquals(name, Assets.fingerprinted("css/site.css", "b".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Assets.fingerprinted("LICENSE", a).matches("LICENSE\\.[0-9a-f]{10}"));
        assertTrue(Assets.fingerprinted("fonts.d/font", a).matches("fonts\\.d/font\\.[0-9a-f]{10}"), "a dot in a folder is no extension");
        assertTrue(Assets.fingerprinted("js/app.min.js", a).matches("js/app\\.min\\.[0-9a-f]{10}\\.js"), "the last extension");
    }
}
