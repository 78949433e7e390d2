package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/**
 * Article and list pages are reused by the key of their inputs, without building their views:
 * each thing a page shows from elsewhere (a card, a neighbour, a linked page's address, a
 * translation, a topic's title or introduction, a tag's label, a list's length and order, the
 * about page, an asset) still makes it render again, so a rebuild gives what a clean build gives.
 */
class InputKeysTest {
    @TempDir
    Path dir;

    private static String article(String title, String date, String summary, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntopics: [coalition-meetings]\ntags: [وسم]\nsummary: \""
                + summary + "\"\n---\n\n" + body + "\n";
    }

    /**
     * Six Arabic articles in one topic (the first in a second one too), each linking to the next,
     * English editions of the first two and an English article linking to the first, an about
     * page and an English topic page; two articles to a list page, one related article each.
     */
    private static TestSite site(Path root) throws IOException {
        TestSite site = TestSite.of(root, "site.yaml", TestSite.siteYaml() + "pageSize: 2\nrelated: 1\n");
        for (int i = 1; i <= 6; i++) {
            site.write("content/ar/articles/a" + i + ".md", article("مقال " + i, "2022-05-0" + i, "ملخص " + i + ".",
                    "نص المقال " + i + " عن التحالف والاجتماع. [التالي](a" + (i % 6 + 1) + ".md#قسم)\n\n## قسم\n\nفقرة."));
        }
        for (int i = 1; i <= 2; i++) {
            site.write("content/en/articles/a" + i + ".md", article("Article " + i, "2022-05-0" + i, "Summary " + i + ".",
                    "Text of article " + i + " about the coalition.").replace("tags: [وسم]", "tags: [coalition]"));
        }
        // Linked to from an article that neither shows it as related nor has it as a neighbour.
        site.write("content/en/articles/b1.md", article("Elsewhere", "2022-06-01", "Far away.",
                "Text of article 2 about the coalition, see [the first](a1.md).")
                .replace("topics: [coalition-meetings]", "topics: [africa-expansion]").replace("tags: [وسم]", "tags: [elsewhere]"));
        site.write("content/en/topics/coalition-meetings.md", "---\ntitle: Coalition meetings\n---\n\nThe meetings.\n");
        replace(site, "content/ar/articles/a1.md", "topics: [coalition-meetings]", "topics: [coalition-meetings, iraq-syria]");
        site.write("content/ar/pages/about.md", "---\ntitle: من نحن\n---\n\nعن الموقع.\n");
        return site;
    }

    private interface Edit {
        void apply(TestSite site) throws IOException;
    }

    private static void replace(TestSite site, String path, String from, String to) throws IOException {
        Path file = site.root().resolve(path);
        String text = Files.readString(file);
        assertTrue(text.contains(from), path + " lacks " + from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Edits that change only what other articles' pages show of an article, or what every page shares. */
    private static Map<String, Edit> edits() {
        Map<String, Edit> edits = new LinkedHashMap<>();
        edits.put("a retitled neighbour, related article and link target",
                s -> replace(s, "content/ar/articles/a3.md", "title: \"مقال 3\"", "title: \"مقال ثالث\""));
        edits.put("a retitled backlink", s -> replace(s, "content/en/articles/b1.md", "title: \"Elsewhere\"",
                "title: \"Elsewhere, retitled\""));
        edits.put("a new summary on a card", s -> replace(s, "content/ar/articles/a3.md", "ملخص 3.", "ملخص آخر."));
        edits.put("a new slug of a linked article", s -> replace(s, "content/ar/articles/a4.md", "summary:", "slug: rabi\nsummary:"));
        edits.put("a renamed heading a link points to", s -> {
            replace(s, "content/ar/articles/a4.md", "## قسم", "## باب");
            replace(s, "content/ar/articles/a3.md", "a4.md#قسم", "a4.md#باب");
        });
        edits.put("a new date that reorders neighbours", s -> replace(s, "content/ar/articles/a2.md", "2022-05-02", "2022-05-09"));
        edits.put("a new translation", s -> s.write("content/en/articles/a5.md",
                article("Article 5", "2022-05-05", "Summary 5.", "Text of article 5.")));
        edits.put("a translation's new slug", s -> replace(s, "content/en/articles/a1.md", "summary:", "slug: first\nsummary:"));
        edits.put("an article made a draft", s -> {
            replace(s, "content/ar/articles/a4.md", "summary:", "draft: true\nsummary:");
            replace(s, "content/ar/articles/a3.md", "a4.md#قسم", "a5.md#قسم");
        });
        edits.put("a tag's label", s -> replace(s, "content/en/articles/a2.md", "tags: [coalition]", "tags: [Coalition]"));
        edits.put("a topic's count", s -> replace(s, "content/ar/articles/a2.md", "topics: [coalition-meetings]",
                "topics: [coalition-meetings, iraq-syria]"));
        edits.put("a topic's introduction", s -> replace(s, "content/en/topics/coalition-meetings.md", "The meetings.",
                "The meetings of the coalition."));
        edits.put("a new article at the top of every list", s -> s.write("content/ar/articles/a7.md",
                article("مقال 7", "2022-05-07", "ملخص 7.", "نص المقال 7.")));
        edits.put("a topic's title", s -> s.write("content/ar/topics/coalition-meetings.md",
                "---\ntitle: اجتماعات التحالف\n---\n\nمقدمة.\n"));
        edits.put("the about page's new address", s -> replace(s, "content/ar/pages/about.md", "title:", "slug: man-nahnu\ntitle:"));
        edits.put("a changed stylesheet", s -> s.write("static/css/warraq.css", "body { margin: 0; }\n"));
        return edits;
    }

    @TestFactory
    Stream<DynamicTest> aRebuildAfterAnEditOfWhatArticlePagesShowIsByteIdenticalToACleanBuild() {
        return edits().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path root = dir.resolve(Integer.toString(Math.abs(e.getKey().hashCode())));
            TestSite site = site(root.resolve("incremental"));
            assertEquals(0, site.build().exitCode());
            e.getValue().apply(site);
            TestSite.Run rebuild = site.build();
            assertEquals(0, rebuild.exitCode(), rebuild.all());

            TestSite clean = site(root.resolve("clean"));
            e.getValue().apply(clean);
            TestSite.Run cleanRun = clean.build();
            assertEquals(0, cleanRun.exitCode(), cleanRun.all());
            Trees.assertIdentical(clean.output(), site.output());
        }));
    }
}
