package org.warraq.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** An article's old addresses (aliases:, as in Hugo) are pages that send the reader to it. */
class AliasPagesTest {
    @TempDir
    Path dir;

    private TestSite site(String aliases) {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml().replace("https://example.org/", "https://example.org/archive/"),
                "content/ar/articles/rome.md", "---\ntitle: \"روما & <الاجتماع>\"\ndate: 2021-06-29\n" + aliases + "---\nنص.\n",
                "content/ar/articles/other.md", "---\ntitle: آخر\ndate: 2021-06-28\n---\nنص.\n");
    }

    @Test
    void eachOldAddressIsAPageThatSendsTheReaderToTheArticle() {
        TestSite site = site("aliases: [/2021/06/rome-meeting/, /news/rome.html, /ar/old-rome, \"/أخبار/روما/\"]\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        for (String file : List.of("2021/06/rome-meeting/index.html", "news/rome.html", "ar/old-rome/index.html", "أخبار/روما/index.html")) {
            Document page = Jsoup.parse(site.read(file));
            assertEquals("0; url=/archive/ar/articles/rome/", page.selectFirst("meta[http-equiv=refresh]").attr("content"), file);
            assertEquals("https://example.org/archive/ar/articles/rome/", page.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
            assertEquals("روما & <الاجتماع>", page.title(), "escaped, as text");
            assertEquals("ar", page.selectFirst("html").attr("lang"));
            assertEquals("rtl", page.selectFirst("html").attr("dir"), "the article's language's direction, as on every page");
        }
        assertFalse(site.read("sitemap.xml").contains("rome-meeting"), "an old address is not a page to index");
        TestSite.Run check = site.run("check", "--output", dir.resolve("checked").toString());
        assertEquals(0, check.exitCode(), check.all());
        assertFalse(check.out().contains("not reachable"), "a redirect is reached by its address: " + check.out());
    }

    @Test
    void anAliasThatIsNotAPathFromTheRootIsAnErrorAtIt() {
        TestSite.Run run = site("aliases:\n  - 2021/rome\n  - \"/rome?id=3\"\n").build();
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of("content/ar/articles/rome.md:5:5: error: alias '2021/rome' is not a path from the site's root — write it"
                        + " as /2021/rome (the part of the old address after the host)",
                "content/ar/articles/rome.md:6:5: error: alias '/rome?id=3' has a ? or # — an old address is a file: write its path"
                        + " alone"),
                run.err().lines().filter(l -> l.contains(": error: ")).toList());
    }

    @Test
    void anAliasWhereTheSiteHasAPageOrAnotherAliasIsAnError() {
        TestSite site = site("aliases: [/ar/articles/other/, /old/]\n")
                .write("content/ar/articles/other.md", "---\ntitle: آخر\ndate: 2021-06-28\naliases: /old/\n---\nنص.\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/rome.md: error: alias '/ar/articles/other/' is an address the site has"
                + " already (ar/articles/other/index.html) — remove the alias"), run.err());
        assertTrue(run.err().contains("content/ar/articles/rome.md: error: alias '/old/' is also an alias of"
                + " content/ar/articles/other.md — keep it in one of them"), run.err());
        assertFalse(Files.exists(site.output()), "nothing published");
    }
}
