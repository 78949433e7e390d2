package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/**
 * Folders inside content/&lt;lang&gt;/articles/ (by year, or Hugo's page bundles) organize files
 * without changing their pages: a page is named by its file, links follow the files' real paths.
 */
class NestedContentFoldersTest {
    @TempDir
    Path dir;

    private static String article(String title, String date, String body) {
        return "---\ntitle: " + title + "\ndate: " + date + "\n---\n" + body + "\n";
    }

    @Test
    void articlesInYearFoldersArePublishedByFileNameAndLinkEachOtherByTheirPaths() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/2021/first.md", article("الأول", "2021-06-29", "انظر [الثاني](../2022/second.md)."),
                "content/ar/articles/2022/second.md", article("الثاني", "2022-05-11", "نص."),
                "content/en/articles/second.md", article("Second", "2022-05-11", "Back to [the Arabic](../../ar/articles/2022/second.md)."));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(site.read("ar/articles/first/index.html").contains("href=\"/ar/articles/second/\""), "the link's URL");
        assertTrue(site.read("ar/articles/second/index.html").contains("hreflang=\"en\""), "translations pair by file name");
        assertTrue(site.read("en/articles/second/index.html").contains("href=\"/ar/articles/second/\""));
    }

    @Test
    void aLinkToWhereAMovedFileWasSaysWhereItIsNow() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/first.md", article("الأول", "2021-06-29", "انظر [الثاني](second.md)."),
                "content/ar/articles/2022/second.md", article("الثاني", "2022-05-11", "نص."));
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/first.md:5:6: error: link to 'second.md': content/ar/articles/second.md"
                + " does not exist (or is a draft) — did you mean '2022/second.md'?"), run.err());
    }

    @Test
    void twoFilesOfOneNameInDifferentFoldersAreAnErrorNotOnePageLost() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/2021/report.md", article("تقرير ٢٠٢١", "2021-06-29", "نص."),
                "content/ar/articles/2022/report.md", article("تقرير ٢٠٢٢", "2022-05-11", "نص."));
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/2022/report.md: error: has the same name as"
                + " content/ar/articles/2021/report.md ('report'): a page is known by its file's name, whatever folder it is in"
                + " — rename one of them"), run.err());
    }

    @Test
    void aFoldersIndexFileIsNamedByTheFolderAsHugoNamesAPageBundle() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/rome-meeting/index.md", article("روما", "2021-06-29",
                        "[English](../../../en/articles/rome-meeting/index.md)"),
                "content/ar/articles/marrakech-meeting/index.md", article("مراكش", "2022-05-11", "[روما](../rome-meeting/index.md)"),
                "content/en/articles/rome-meeting/index.md", article("Rome", "2021-06-29", "Text."));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(site.read("ar/articles/marrakech-meeting/index.html").contains("href=\"/ar/articles/rome-meeting/\""));
        assertTrue(site.read("ar/articles/rome-meeting/index.html").contains("href=\"/en/articles/rome-meeting/\""));
        assertTrue(Files.exists(site.output().resolve("en/articles/rome-meeting/index.html")));
    }

    @Test
    void aFileManyFoldersDeepIsStillRead() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/a/b/c/d/e/f/g/h/deep.md", article("عميق", "2022-05-11", "نص."));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(Files.exists(site.output().resolve("ar/articles/deep/index.html")), run.all());
    }

    @Test
    void hugosListPagesOfFoldersAreLeftOutWithAWarningSayingWhereTheirTextCanGo() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/_index.md", "---\ntitle: الرئيسية\n---\nمرحبا.\n",
                "content/ar/articles/_index.md", "---\ntitle: المقالات\n---\nمقدمة.\n",
                "content/ar/articles/2022/_index.md", "---\ntitle: ٢٠٢٢\n---\n",
                "content/ar/articles/2022/x.md", article("س", "2022-05-11", "نص."));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        for (String file : new String[] {"content/ar/_index.md", "content/ar/articles/_index.md", "content/ar/articles/2022/_index.md"}) {
            assertTrue(run.err().contains(file + ": warning: Hugo's list page of a folder (_index.md) is not published: Warraq makes"
                    + " the lists itself — move its text to a topic's introduction (topics/<id>.md) or to a page (pages/), or"
                    + " remove the file"), run.err());
        }
        assertTrue(Files.exists(site.output().resolve("ar/articles/x/index.html")));
    }
}
