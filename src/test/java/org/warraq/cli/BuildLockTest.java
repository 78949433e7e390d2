package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/**
 * Two {@code warraq build} processes of one site at once (an editor's build on save beside one by
 * hand): the second waits for the first, and both succeed. Without the lock, one of them stopped
 * with a NoSuchFileException in most rounds: they shared the output's staging folder.
 */
class BuildLockTest {
    @TempDir
    Path dir;

    private Process build(TestSite site, Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.warraq.cli.Main", "build",
                "--quiet", "--source", site.root().toString(), "--output", output.toString())
                .redirectErrorStream(true).start();
    }

    @Test
    void aSecondBuildOfTheSameSiteWaitsForTheFirstAndBothSucceed() throws Exception {
        TestSite site = TestSite.fixture("three-languages", dir.resolve("site"));
        Path output = dir.resolve("out");
        for (int round = 0; round < 3; round++) {
            Path article = site.root().resolve("content/ar/articles/africa-shift.md");
            java.nio.file.Files.writeString(article, "\nفقرة " + round + ".\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            List<Process> builds = new ArrayList<>(List.of(build(site, output), build(site, output)));
            for (Process p : builds) {
                assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a build did not finish");
                String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, p.exitValue(), "round " + round + ": " + said);
                assertTrue(said.isEmpty() || said.startsWith("warraq: another build of this site is running — waiting"), said);
            }
        }
        TestSite.Run clean = site.build("--output", dir.resolve("clean").toString());
        assertEquals(0, clean.exitCode(), clean.all());
        Trees.assertIdentical(dir.resolve("clean"), output);
    }
}
