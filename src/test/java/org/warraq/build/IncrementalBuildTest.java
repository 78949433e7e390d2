package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.i18n.MessageCatalog;
import org.warraq.links.LinkedSite;
import org.warraq.model.OutputFile;
import org.warraq.problem.Progress;
import org.warraq.render.ListOrders;
import org.warraq.render.SiteRenderer;
import org.warraq.render.Templates;
import org.warraq.testing.TestSite;
import org.warraq.theme.Assets;
import org.warraq.theme.Theme;

/**
 * A build that reuses the cache of earlier builds gives the same bytes as a clean build of the
 * same sources, whatever changed in between; and it reuses what did not change.
 */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    private static String article(String title, String date, String tags, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntopics: [coalition-meetings]\ntags: [" + tags
                + "]\nsummary: \"" + title + ".\"\n---\n\n" + body + "\n";
    }

    private TestSite site(Path root) {
        TestSite site = TestSite.of(root, "site.yaml", TestSite.siteYaml() + "pageSize: 2\n");
        for (int i = 1; i <= 9; i++) {
            String next = "a" + (i % 9 + 1) + ".md";
            site.write("content/ar/articles/a" + i + ".md", article("مقال " + i, "2022-05-0" + i, "وسم" + (i % 3),
                    "نص المقال " + i + " عن التحالف. [التالي](" + next + ")\n\n## قسم\n\nفقرة أخرى."));
            if (i % 3 != 0) {
                site.write("content/en/articles/a" + i + ".md", article("Article " + i, "2022-05-0" + i, "tag" + (i % 3),
                        "Text of article " + i + " about the coalition."));
            }
        }
        return site;
    }

    /** Every output file by path, as text (all of them are text). */
    private static Map<String, String> files(Path output) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(output.relativize(f).toString(), Files.readString(f));
            }
        }
        return files;
    }

    private static void edit(TestSite site) throws IOException {
        Path edited = site.root().resolve("content/ar/articles/a4.md");
        Files.writeString(edited, Files.readString(edited).replace("فقرة أخرى.", "فقرة أخرى، معدلة."));
        site.write("content/en/articles/a5.md", article("Article five, retitled", "2022-05-05", "tag2, new-tag", "New text."));
        Files.delete(site.root().resolve("content/ar/articles/a7.md"));
        Files.delete(site.root().resolve("content/ar/articles/a6.md"));
        site.write("content/ar/articles/a6.md", article("مقال جديد", "2022-06-01", "وسم0", "نص جديد. [الأول](a1.md)"));
        site.write("content/ar/articles/a8.md", article("مقال 8", "2022-05-08", "وسم2",
                "نص المقال 8 عن التحالف. [التالي](a9.md)\n\n## قسم\n\nفقرة أخرى."));
    }

    @Test
    void aSearchIndexMadeBesideTheLinksStageIsTheOneMadeAfterIt() throws IOException {
        // A small site's builds make the index beside the links stage; a pipeline told not to never does.
        TestSite beside = site(dir.resolve("beside"));
        TestSite after = site(dir.resolve("after"));
        BuildPipeline besidePipeline = new BuildPipeline(true);
        BuildPipeline afterPipeline = new BuildPipeline(false);
        for (String round : java.util.List.of("clean", "after edits")) {
            var besideReport = besidePipeline.build(BuildOptions.of(beside.root()));
            var afterReport = afterPipeline.build(BuildOptions.of(after.root()));
            assertEquals(files(after.root().resolve("site")), files(beside.root().resolve("site")), round);
            assertEquals(afterReport.timings().stream().map(StageTiming::stage).toList(),
                    besideReport.timings().stream().map(StageTiming::stage).toList());
            if (round.equals("clean")) {
                edit(beside);
                edit(after);
            }
        }
    }

    @Test
    void aRebuildAfterEditsIsByteIdenticalToACleanBuild() throws IOException {
        TestSite site = site(dir.resolve("incremental"));
        assertEquals(0, site.build().exitCode());
        edit(site);
        TestSite.Run rebuild = site.build();
        assertEquals(0, rebuild.exitCode(), rebuild.all());

        TestSite clean = site(dir.resolve("clean"));
        edit(clean);
        TestSite.Run cleanRun = clean.build();
        assertEquals(0, cleanRun.exitCode(), cleanRun.all());
        assertTrue(cleanRun.out().contains("(0 unchanged)"), cleanRun.out());

        assertEquals(files(clean.output()), files(site.output()));
        assertTrue(Files.isDirectory(site.root().resolve(".warraq-cache")));
    }

    @Test
    void aRebuildAfterAnEditInOneLanguageIsByteIdenticalToACleanBuild() throws IOException {
        // The other language's related lists and search index are taken over from the memo.
        TestSite site = site(dir.resolve("incremental"));
        assertEquals(0, site.build().exitCode());
        editOneArabicArticle(site);
        TestSite.Run rebuild = site.build();
        assertEquals(0, rebuild.exitCode(), rebuild.all());
        assertTrue(Files.isRegularFile(site.root().resolve(".warraq-cache/stages.bin")));

        TestSite clean = site(dir.resolve("clean"));
        editOneArabicArticle(clean);
        assertEquals(0, clean.build().exitCode());
        assertEquals(files(clean.output()), files(site.output()));
    }

    /**
     * A date change moves an article among the others in its lists, related lists and search
     * index (whose ids follow the dates): the key terms and the index are taken into the new order
     * and updated, and the result is a clean build's, moved forward and back again.
     */
    @Test
    void aRebuildAfterADateChangeIsByteIdenticalToACleanBuild() throws IOException {
        TestSite site = site(dir.resolve("incremental"));
        assertEquals(0, site.build().exitCode());
        for (String date : java.util.List.of("2022-05-20", "2022-05-04", "2022-04-30")) {
            redate(site, date);
            TestSite.Run rebuild = site.build();
            assertEquals(0, rebuild.exitCode(), rebuild.all());

            TestSite clean = site(dir.resolve("clean-" + date));
            redate(clean, date);
            assertEquals(0, clean.build().exitCode());
            assertEquals(files(clean.output()), files(site.output()), date);
        }
    }

    @Test
    void aRebuildAfterAnArticleIsDeletedIsByteIdenticalToACleanBuild() throws IOException {
        TestSite site = site(dir.resolve("incremental"));
        List<String> extra = List.of("b1", "b2", "b3");
        for (String name : extra) {
            site.write("content/ar/articles/" + name + ".md", article("مقال " + name, "2022-04-2" + name.charAt(1), "وسم1",
                    "نص المقال " + name + " عن التحالف.\n\n## قسم\n\nفقرة أخرى."));
        }
        assertEquals(0, site.build().exitCode());
        for (int deleted = 1; deleted <= extra.size(); deleted++) {
            Files.delete(site.root().resolve("content/ar/articles/" + extra.get(deleted - 1) + ".md"));
            TestSite.Run rebuild = site.build();
            assertEquals(0, rebuild.exitCode(), rebuild.all());

            TestSite clean = site(dir.resolve("clean-" + deleted));
            for (String name : extra.subList(deleted, extra.size())) {
                clean.write("content/ar/articles/" + name + ".md", Files.readString(site.root().resolve("content/ar/articles/" + name + ".md")));
            }
            assertEquals(0, clean.build().exitCode());
            assertEquals(files(clean.output()), files(site.output()), "after deleting " + deleted);
        }
    }

    @Test
    void aRebuildAfterAnArticleIsRenamedIsByteIdenticalToACleanBuild() throws IOException {
        TestSite site = site(dir.resolve("incremental"));
        assertEquals(0, site.build().exitCode());
        // a9 is linked to from a8 only: the link follows the file.
        Path articles = site.root().resolve("content/ar/articles");
        Files.move(articles.resolve("a9.md"), articles.resolve("a9-renamed.md"));
        Path linking = articles.resolve("a8.md");
        Files.writeString(linking, Files.readString(linking).replace("(a9.md)", "(a9-renamed.md)"));
        TestSite.Run rebuild = site.build();
        assertEquals(0, rebuild.exitCode(), rebuild.all());

        TestSite clean = site(dir.resolve("clean"));
        Path cleanArticles = clean.root().resolve("content/ar/articles");
        Files.move(cleanArticles.resolve("a9.md"), cleanArticles.resolve("a9-renamed.md"));
        Files.writeString(cleanArticles.resolve("a8.md"), Files.readString(linking));
        assertEquals(0, clean.build().exitCode());
        assertEquals(files(clean.output()), files(site.output()));
    }

    private static void redate(TestSite site, String date) throws IOException {
        Path edited = site.root().resolve("content/ar/articles/a4.md");
        Files.writeString(edited, Files.readString(edited).replaceFirst("date: \\S+", "date: " + date));
    }

    /** Sets every content file's time an hour back: old enough for a build to trust its stamp. */
    private static void age(TestSite site) throws IOException {
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(3600));
        try (Stream<Path> walk = Files.walk(site.root().resolve("content"))) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, hourAgo);
            }
        }
    }

    @Test
    void aRebuildOfSourcesOldEnoughToBeTrustedByTheirStampsIsByteIdenticalToACleanBuild() throws IOException {
        // Unchanged files are known by size, time and inode, not read: the edited ones must still be.
        TestSite site = site(dir.resolve("incremental"));
        age(site);
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.build().exitCode()); // the stamps are recorded when the files are hashed
        edit(site);
        Path sameSize = site.root().resolve("content/ar/articles/a3.md");
        java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(sameSize);
        Files.writeString(sameSize, Files.readString(sameSize).replace("نص المقال 3 عن", "نص المقال 5 عن"));
        assertTrue(Files.getLastModifiedTime(sameSize).compareTo(before) > 0);
        TestSite.Run rebuild = site.build();
        assertEquals(0, rebuild.exitCode(), rebuild.all());

        TestSite clean = site(dir.resolve("clean"));
        edit(clean);
        Path cleanSameSize = clean.root().resolve("content/ar/articles/a3.md");
        Files.writeString(cleanSameSize, Files.readString(cleanSameSize).replace("نص المقال 3 عن", "نص المقال 5 عن"));
        assertEquals(0, clean.build().exitCode());
        assertEquals(files(clean.output()), files(site.output()));
    }

    @Test
    void aSourceRewrittenWithTheSameSizeAndTimeSoonAfterABuildIsReadAgain() throws IOException {
        // A file written just before a build may be written again within the same clock tick
        // (git's "racy" files): its stamp is not trusted until it is a few seconds old.
        TestSite site = site(dir.resolve("incremental"));
        assertEquals(0, site.build().exitCode());
        Path edited = site.root().resolve("content/ar/articles/a3.md");
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(edited);
        Files.writeString(edited, Files.readString(edited).replace("نص المقال 3 عن", "نص المقال 5 عن"));
        Files.setLastModifiedTime(edited, time);
        assertEquals(0, site.build().exitCode());

        TestSite clean = site(dir.resolve("clean"));
        Path cleanEdited = clean.root().resolve("content/ar/articles/a3.md");
        Files.writeString(cleanEdited, Files.readString(cleanEdited).replace("نص المقال 3 عن", "نص المقال 5 عن"));
        assertEquals(0, clean.build().exitCode());
        assertEquals(files(clean.output()), files(site.output()));
    }

    private static void editOneArabicArticle(TestSite site) throws IOException {
        Path edited = site.root().resolve("content/ar/articles/a2.md");
        Files.writeString(edited, Files.readString(edited).replace("فقرة أخرى.", "فقرة أخرى عن الاجتماع."));
    }

    @Test
    void aSearchIndexDeletedFromTheOutputIsWrittenAgainThoughNothingChanged() throws IOException {
        TestSite site = site(dir);
        assertEquals(0, site.build().exitCode());
        Map<String, String> before = files(site.output());
        Path search = site.output().resolve("en/search");
        try (Stream<Path> walk = Files.walk(search)) {
            for (Path f : walk.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().equals("index.html")).toList()) {
                Files.delete(f);
            }
        }
        assertEquals(0, site.build().exitCode());
        assertEquals(before, files(site.output()));
    }

    @Test
    void aRebuildWithoutChangesReusesEveryFile() {
        TestSite site = site(dir);
        assertEquals(0, site.build().exitCode());
        TestSite.Run again = site.build();
        assertEquals(0, again.exitCode(), again.all());
        String built = again.out().lines().filter(l -> l.startsWith("Built")).findFirst().orElseThrow();
        String files = built.replaceAll(".*: (\\d+) files \\((\\d+) unchanged\\).*", "$1 $2");
        String[] counts = files.split(" ");
        assertEquals(counts[0], counts[1], built);
    }

    @Test
    void anOutputFileChangedByHandIsWrittenAgain() throws IOException {
        TestSite site = site(dir);
        assertEquals(0, site.build().exitCode());
        Path page = site.output().resolve("ar/articles/a2/index.html");
        String original = Files.readString(page);
        Files.writeString(page, "tampered");
        assertEquals(0, site.build().exitCode());
        assertEquals(original, Files.readString(page));
    }

    @Test
    void aChangedTemplateRendersEveryPageAgain() throws IOException {
        TestSite site = site(dir);
        Path templates = site.root().resolve("templates");
        try (Stream<Path> walk = Files.walk(Path.of("templates"))) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path target = templates.resolve(Path.of("templates").relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        assertEquals(0, site.build().exitCode());
        Path layout = templates.resolve("layout.html");
        Files.writeString(layout, Files.readString(layout).replace("</footer>", "<!-- changed --></footer>"));
        assertEquals(0, site.build().exitCode());
        assertTrue(site.read("ar/articles/a1/index.html").contains("<!-- changed -->"));
        assertTrue(site.read("en/tags/tag1/index.html").contains("<!-- changed -->"));
    }

    @Test
    void onePipelineBuildingRepeatedlyGivesWhatACleanBuildGives() throws IOException {
        TestSite site = site(dir.resolve("served"));
        BuildPipeline pipeline = new BuildPipeline();
        BuildOptions options = BuildOptions.of(site.root());
        pipeline.build(options);
        edit(site);
        BuildReport report = pipeline.build(options);
        assertTrue(report.reused() > 0, "reused " + report.reused());

        TestSite clean = site(dir.resolve("clean"));
        edit(clean);
        assertEquals(0, clean.build().exitCode());
        assertEquals(files(clean.output()), files(site.output()));
    }

    @Test
    void onePipelineBuildingAfterEachEditGivesWhatACleanBuildGivesWhenAnEditMovesAnArticleOnlyAmongAnotherLanguages() throws IOException {
        // The English lists show the Arabic articles without a translation: moving one between
        // English articles keeps the Arabic lists as they were, but not the English ones.
        java.util.function.Function<Path, TestSite> make = root -> TestSite.of(root, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/x.md", article("س", "2022-05-10", "وسم", "نص. [ص](y.md#قسم)"),
                "content/ar/articles/y.md", article("ص", "2022-05-01", "وسم", "نص.\n\n## قسم\n\nفقرة."),
                "content/en/articles/z.md", article("Z", "2022-05-05", "tag", "Text."));
        List<java.util.function.Consumer<TestSite>> edits = List.of(
                site -> site.write("content/ar/articles/y.md", article("ص", "2022-05-01", "وسم", "نص آخر.\n\n## قسم\n\nفقرة.")),
                site -> site.write("content/ar/articles/y.md", article("ص", "2022-05-08", "وسم", "نص آخر.\n\n## قسم\n\nفقرة.")),
                site -> site.write("content/ar/articles/y.md", article("ص", "2022-05-08", "وسم", "نص آخر.\n\n## باب\n\nفقرة.")));
        TestSite site = make.apply(dir.resolve("served"));
        BuildPipeline pipeline = new BuildPipeline();
        pipeline.build(BuildOptions.of(site.root()));
        for (int i = 0; i < edits.size(); i++) {
            edits.get(i).accept(site);
            if (i == 2) { // the heading x links to is renamed: the link is broken, in the page that was not edited
                var failure = org.junit.jupiter.api.Assertions.assertThrows(org.warraq.problem.BuildFailure.class,
                        () -> pipeline.build(BuildOptions.of(site.root())));
                assertTrue(failure.problems().stream().anyMatch(p -> p.path().endsWith("x.md") && p.message().contains("قسم")),
                        failure.problems().toString());
                break;
            }
            pipeline.build(BuildOptions.of(site.root()));
            TestSite clean = make.apply(dir.resolve("clean" + i));
            edits.subList(0, i + 1).forEach(edit -> edit.accept(clean));
            assertEquals(0, clean.build().exitCode());
            assertEquals(files(clean.output()), files(site.output()), "after edit " + (i + 1));
        }
    }

    @Test
    void aRenderWithEveryViewUnchangedRendersNoPageAgainNotEvenThe404AndRootPages() {
        TestSite site = site(dir);
        LinkedSite linked = BuildPipeline.inspect(BuildOptions.of(site.root())).linked();
        Theme theme = Theme.of(site.root());
        MessageCatalog messages = MessageCatalog.load(theme, linked.site().config()).catalog();
        Assets assets = Assets.of(theme.staticFiles(new java.util.ArrayList<>()));
        Map<String, String> manifests = Map.of("ar", "index-1.json", "en", "index-2.json");

        Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();
        SiteRenderer.Rendered first = SiteRenderer.render(linked, new Templates(theme), new ListOrders(), messages, assets,
                manifests, Map.of(), null, Progress.NONE, f -> keys.put(f.path(), f.key()));
        first.files().stream().filter(f -> f.key() != null).forEach(f -> keys.put(f.path(), f.key()));
        assertTrue(keys.keySet().containsAll(java.util.List.of("index.html", "404.html", "ar/404.html", "en/404.html")), keys.keySet().toString());

        java.util.List<OutputFile> again = new java.util.concurrent.CopyOnWriteArrayList<>();
        SiteRenderer.Rendered second = SiteRenderer.render(linked, new Templates(theme), new ListOrders(), messages, assets,
                manifests, keys, null, Progress.NONE, again::add);
        again.addAll(second.files());
        java.util.List<String> rendered = again.stream().filter(f -> f.path().endsWith(".html") && !f.isReused())
                .map(OutputFile::path).toList();
        assertEquals(java.util.List.of(), rendered);
    }
}
