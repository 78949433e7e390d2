package org.warraq.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/**
 * An article's {@code images:} (Hugo's key) are the pictures a link to it shows in a feed reader or
 * on a social network: og:image, a large Twitter card and the JSON-LD image, each an absolute
 * address, checked like the body's links.
 */
class LinkPreviewImagesTest {
    @TempDir
    Path dir;

    private static String article(String title, String extra, String body) {
        return "---\ntitle: " + title + "\ndate: 2022-05-11\n" + extra + "---\n" + body + "\n";
    }

    private TestSite site(String images) {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml().replace("https://example.org/", "https://example.org/archive/"),
                "content/ar/articles/rome/index.md", article("روما", "slug: روما-2022\nimages: " + images + "\n", "نص."),
                "content/ar/articles/rome/cover.png", "png",
                "static/img/logo.png", "png",
                "content/ar/articles/plain.md", article("بلا صورة", "", "نص."));
    }

    private static List<String> ogImages(Document page) {
        return page.select("meta[property=og:image]").eachAttr("content");
    }

    private static List<String> jsonLdImages(Document page) throws IOException {
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        List<String> images = new ArrayList<>();
        ld.path("image").forEach(node -> images.add(node.asText()));
        return images;
    }

    @Test
    void aBundleFileAPathOfTheSiteAndAnAddressAreShownInThatOrder() throws IOException {
        TestSite site = site("[cover.png, /archive/img/logo.png, \"https://cdn.example.net/a.jpg?w=1200&h=630\"]");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        Document page = Jsoup.parse(site.read("ar/articles/روما-2022/index.html"));
        List<String> expected = List.of("https://example.org/archive/ar/articles/%D8%B1%D9%88%D9%85%D8%A7-2022/cover.png",
                "https://example.org/archive/img/logo.png", "https://cdn.example.net/a.jpg?w=1200&h=630");
        assertEquals(expected, ogImages(page));
        assertEquals(expected, jsonLdImages(page));
        assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
    }

    @Test
    void anArticleWithoutImagesHasNoPreviewPicture() throws IOException {
        TestSite site = site("cover.png");
        assertEquals(0, site.build().exitCode());
        Document plain = Jsoup.parse(site.read("ar/articles/plain/index.html"));
        assertEquals(List.of(), ogImages(plain));
        assertEquals(List.of(), jsonLdImages(plain));
        assertTrue(plain.select("meta[name=twitter:card]").isEmpty());
        assertEquals(1, ogImages(Jsoup.parse(site.read("ar/articles/روما-2022/index.html"))).size(), "one image, written without a list");
    }

    @Test
    void aMissingFileOfTheBundleIsAnErrorWhereItIsWritten() {
        TestSite.Run run = site("[cover.png, covr.png]").build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/rome/index.md:5:21: error: image 'covr.png':"
                + " content/ar/articles/rome/covr.png does not exist — did you mean 'cover.png'?"), run.err());
    }

    @Test
    void aPathTheSiteLacksIsAnErrorWhereItIsWritten() {
        TestSite.Run run = site("[cover.png, /archive/img/none.png]").build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/rome/index.md:5:21: error: image '/archive/img/none.png': the site"
                + " has no such file"), run.err());
    }

    @Test
    void aPlaceInThePageIsNoPicture() {
        TestSite.Run run = site("[\"#part\"]").build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/rome/index.md:5:10: error: image '#part' is a place in the page, not a"
                + " picture — name an image file of the article's folder"), run.err());
    }

    @Test
    void anAddressAReaderCannotLoadIsRefused() {
        TestSite.Run run = site("[\"javascript:alert(1)\"]").build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/rome/index.md:5:10: error: image 'javascript:alert(1)' is not an"
                + " address a reader can load — write an https:// address, or the path of a file"), run.err());
    }

    @Test
    void aTranslationShowingAnotherBundlesPictureFollowsItsNewAddressInARebuild() throws IOException {
        TestSite site = site("cover.png").write("content/en/articles/rome.md",
                article("Rome", "images: ../../ar/articles/rome/cover.png\n", "Text."));
        assertEquals(0, site.build().exitCode());
        site.write("content/ar/articles/rome/index.md", article("روما", "slug: روما-2021\nimages: cover.png\n", "نص."));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertEquals(List.of("https://example.org/archive/ar/articles/%D8%B1%D9%88%D9%85%D8%A7-2021/cover.png"),
                ogImages(Jsoup.parse(site.read("en/articles/rome/index.html"))));
        site.deleteCache();
        Path clean = dir.resolve("clean-site");
        assertEquals(0, site.build("--output", clean.toString()).exitCode());
        Trees.assertIdentical(clean, site.output());
    }
}
