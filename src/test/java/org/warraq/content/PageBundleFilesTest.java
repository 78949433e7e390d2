package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/**
 * Files beside a page bundle's index.md (Hugo's page resources, Zola's colocated assets) are
 * published beside the page, at its address, and links to them are checked like links to pages.
 */
class PageBundleFilesTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    @TempDir
    Path dir;

    private static String article(String title, String extra, String body) {
        return "---\ntitle: " + title + "\ndate: 2022-05-11\n" + extra + "---\n" + body + "\n";
    }

    private TestSite bundleSite(String body) {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/rome/index.md", article("روما", "slug: روما-2022\n", body),
                "content/ar/articles/rome/report.pdf", "%PDF-1.4 report",
                "content/ar/articles/rome/images/خريطة.txt", "map",
                "content/ar/articles/rome/.DS_Store", "hidden")
                .write("content/ar/articles/rome/cover.png", PNG);
    }

    @Test
    void aBundlesFilesArePublishedAtThePagesAddressAndItsLinksLeadThere() throws IOException {
        TestSite site = bundleSite("![الغلاف](cover.png)\n\n[التقرير](report.pdf#page=2)\n\n[الخريطة](images/خريطة.txt)\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        Path page = site.output().resolve("ar/articles/روما-2022");
        assertArrayEquals(PNG, Files.readAllBytes(page.resolve("cover.png")), "copied byte for byte");
        assertEquals("%PDF-1.4 report", Files.readString(page.resolve("report.pdf")));
        assertEquals("map", Files.readString(page.resolve("images/خريطة.txt")));
        assertFalse(Files.exists(page.resolve(".DS_Store")), "hidden files stay behind");
        String html = site.read("ar/articles/روما-2022/index.html");
        String folder = "/ar/articles/%D8%B1%D9%88%D9%85%D8%A7-2022/";
        assertTrue(html.contains("src=\"" + folder + "cover.png\""), html);
        assertTrue(html.contains("href=\"" + folder + "report.pdf#page=2\""), "the fragment is kept as written");
        assertTrue(html.contains("href=\"" + folder + "images/%D8%AE%D8%B1%D9%8A%D8%B7%D8%A9.txt\""), html);
    }

    @Test
    void anotherPageLinksToABundlesFileByItsPath() {
        TestSite site = bundleSite("نص.")
                .write("content/en/articles/rome.md", article("Rome", "", "![Cover](../../ar/articles/rome/cover.png)"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(site.read("en/articles/rome/index.html")
                .contains("src=\"/ar/articles/%D8%B1%D9%88%D9%85%D8%A7-2022/cover.png\""));
    }

    @Test
    void aMissingFileOfTheBundleIsAnErrorNamingTheClosestOne() {
        TestSite.Run run = bundleSite("![الغلاف](covr.png)").build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/rome/index.md:6:1: error: image 'covr.png':"
                + " content/ar/articles/rome/covr.png does not exist — did you mean 'cover.png'?"), run.err());
    }

    @Test
    void aFileBesideAPlainArticleIsNotPublishedAndALinkToItSaysWhereItBelongs() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/rome.md", article("روما", "", "![الغلاف](cover.png)"),
                "content/ar/articles/cover.png", "png");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/rome.md:5:1: error: image 'cover.png' is not a file of a page's"
                + " folder (or its page is a draft) — put the file beside the page (as articles/<name>/index.md and articles/<name>/cover.png), or in"
                + " static/ and write its path from the site's root"), run.err());
    }

    @Test
    void aFileAtAPathTheBuildWritesIsAnError() {
        TestSite site = bundleSite("نص.").write("content/ar/articles/rome/index.html", "<p>mine</p>");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/rome/index.html: error: would be published as"
                + " ar/articles/روما-2022/index.html, which the build writes itself — rename the file"), run.err());
    }

    @Test
    void aDraftsFilesStayUnpublishedWithIt() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/rome/index.md", article("روما", "draft: true\n", "![الغلاف](cover.png)"),
                "content/ar/articles/rome/cover.png", "png",
                "content/ar/articles/other.md", article("أخرى", "", "نص."));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertFalse(Files.exists(site.output().resolve("ar/articles/rome")), "nothing of the draft");
        assertEquals(0, site.build("--drafts").exitCode());
        assertTrue(Files.exists(site.output().resolve("ar/articles/rome/cover.png")));
    }

    @Test
    void aRebuildPublishesAddedChangedAndRemovedFilesAsACleanBuildWould() throws IOException {
        TestSite site = bundleSite("![الغلاف](cover.png)");
        assertEquals(0, site.build().exitCode());
        Path page = site.output().resolve("ar/articles/روما-2022");
        site.write("content/ar/articles/rome/report.pdf", "%PDF-1.4 revised")
                .write("content/ar/articles/rome/notes.txt", "notes");
        Files.delete(site.root().resolve("content/ar/articles/rome/images/خريطة.txt"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("%PDF-1.4 revised", Files.readString(page.resolve("report.pdf")));
        assertEquals("notes", Files.readString(page.resolve("notes.txt")));
        assertFalse(Files.exists(page.resolve("images")), "a removed file goes, and its emptied folder with it");
        Path clean = dir.resolve("clean-site");
        site.deleteCache();
        assertEquals(0, site.build("--output", clean.toString()).exitCode());
        Trees.assertIdentical(clean, site.output());
    }

    @Test
    void aFileEditedToTheSameSizeOrItsCopyDeletedByHandIsCopiedAgain() throws IOException {
        TestSite site = bundleSite("نص.");
        assertEquals(0, site.build().exitCode());
        Path source = site.root().resolve("content/ar/articles/rome/report.pdf");
        Path copy = site.output().resolve("ar/articles/روما-2022/report.pdf");
        java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(source);
        Files.writeString(source, "%PDF-1.4 REPORT");
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(before.toMillis() + 2000));
        assertEquals(0, site.build().exitCode());
        assertEquals("%PDF-1.4 REPORT", Files.readString(copy));
        Files.delete(copy);
        assertEquals(0, site.build().exitCode());
        assertEquals("%PDF-1.4 REPORT", Files.readString(copy));
    }

    @Test
    void aFeedReaderFindsABundlesPictureFromTheEntrysBase() throws Exception {
        TestSite site = bundleSite("![الغلاف](cover.png)");
        assertEquals(0, site.build().exitCode());
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Element content = (org.w3c.dom.Element) factory.newDocumentBuilder()
                .parse(site.output().resolve("ar/feed.xml").toFile())
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content").item(0);
        String base = content.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base");
        String src = org.jsoup.Jsoup.parse(content.getTextContent()).selectFirst("img").attr("src");
        assertEquals("https://example.org/ar/articles/%D8%B1%D9%88%D9%85%D8%A7-2022/cover.png",
                java.net.URI.create(base).resolve(src).toString());
    }
}
