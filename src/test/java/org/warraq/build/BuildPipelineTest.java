package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.problem.BuildFailure;
import org.warraq.problem.Problem;
import org.warraq.testing.TestSite;

/** The build stage: stage order and timings, counts, and problems collected across files and stages. */
class BuildPipelineTest {
    @TempDir
    Path dir;

    private BuildOptions options(TestSite site) {
        return new BuildOptions(site.root(), site.output(), null, false);
    }

    @Test
    void theCurrentDirectoryGivenAsAnEmptyPathIsASiteDirectoryLikeAnyOther() {
        // "--source ''": its cache folder ".warraq-cache" has no parent; the build stopped on a null.
        Path here = Path.of("").toAbsolutePath().normalize();
        assertEquals(here, BuildPipeline.source(Path.of("").resolve(BuildPipeline.CACHE_DIR)));
        assertEquals(here.resolve("site"), BuildPipeline.source(Path.of("site").resolve(BuildPipeline.CACHE_DIR)));
    }

    @Test
    void reportCountsEachLanguageInSiteOrderAndTimesEveryStage() {
        TestSite site = TestSite.fixture("three-languages", dir);
        BuildReport report = BuildPipeline.run(options(site));
        assertEquals(List.of("ar", "en", "fa"), List.copyOf(report.counts().keySet()));
        assertEquals(Map.of("articles", 2, "topics", 1, "tags", 1, "pages", 1, "html", 10), report.counts().get("fa"));
        assertEquals(List.of("config", "theme", "static", "cache", "content", "model", "reuse", "links", "search", "render",
                "output", "save"),
                report.timings().stream().map(StageTiming::stage).toList());
        assertTrue(report.timings().stream().allMatch(t -> t.millis() >= 0));
        assertEquals(List.of(), report.warnings());
        assertEquals(report.files(), org.warraq.testing.Trees.read(site.output()).size(), "every file counted");
    }

    @Test
    void onlyALargeSitesFullBuildMakesItsSearchIndexAfterTheLinksStage() {
        assertTrue(BuildPipeline.searchBesideLinks(11_999, 11_999), "a smaller site's full build");
        assertTrue(BuildPipeline.searchBesideLinks(499, 17_000), "a large site's rebuild");
        assertFalse(BuildPipeline.searchBesideLinks(500, 12_000), "a large site's build that parsed many sources");
        assertFalse(BuildPipeline.searchBesideLinks(17_000, 17_000), "a large site's full build");
    }

    @Test
    void contentErrorsOfAllFilesAreCollectedAndNothingIsWritten() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/a.md", "---\ntitel: x\ndate: 2022-05-11\n---\n",
                "content/en/articles/b.md", "---\ntitle: x\ndate: 2022-13-01\n---\n",
                "content/en/articles/c.md", "---\ntitle: [x\n---\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> BuildPipeline.run(options(site)));
        assertEquals(List.of("content/ar/articles/a.md:2", "content/en/articles/b.md:3", "content/en/articles/c.md:2"),
                failure.problems().stream().filter(Problem::isError).map(p -> p.path() + ":" + p.line()).sorted().toList());
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void laterStagesDoNotRunOnSourcesWithErrors() {
        // b.md links to a missing file (a links-stage error), but a.md's content error stops the build first.
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/a.md", "---\ntitel: x\ndate: 2022-05-11\n---\n",
                "content/ar/articles/b.md", "---\ntitle: x\ndate: 2022-05-11\n---\n[x](missing.md)\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> BuildPipeline.run(options(site)));
        assertEquals(List.of("content/ar/articles/a.md"), failure.problems().stream().filter(Problem::isError).map(Problem::path).toList());
    }
}
