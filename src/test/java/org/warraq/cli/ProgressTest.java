package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/**
 * A long build shows its progress on a terminal (stage, pages done of total, one line rewritten in
 * place) and stays quiet when its output is not a terminal, or with {@code --quiet}.
 */
class ProgressTest {
    /** One progress line: "\r" + stage + " " + done + "/" + total, the rest of the line erased. */
    private static final Pattern PROGRESS = Pattern.compile("\r([a-z]+) (\\d+)/(\\d+)\u001b\\[K");

    @TempDir
    Path dir;

    /** Enough articles that a stage lasts past the first update (a tenth of a second), even on a fast machine. */
    private TestSite siteOf(int articles) {
        List<String> files = new ArrayList<>(List.of("site.yaml", TestSite.siteYaml(),
                "content/ar/topics/coalition-meetings.md", "---\ntitle: \"اجتماعات التحالف\"\n---\nاجتماعات التحالف الدولي.\n",
                "content/en/topics/coalition-meetings.md", "---\ntitle: \"Coalition meetings\"\n---\nThe coalition's meetings.\n"));
        for (int i = 0; i < articles; i++) {
            files.add("content/ar/articles/a-%04d.md".formatted(i));
            files.add("""
                    ---
                    title: "مقال رقم %d عن اجتماعات التحالف"
                    date: 2022-05-%02d
                    topics: [coalition-meetings]
                    tags: [وسم-%d]
                    summary: "ملخص المقال %d"
                    ---
                    اجتمع ممثلو الدول الأعضاء في التحالف الدولي لمناقشة التقدم المحرز في الحملة.

                    وأكد المجتمعون التزامهم بمواصلة العمل المشترك، ورحبوا بالأعضاء الجدد.

                    ## خلفية

                    تأسس التحالف في عام 2014، ويضم اليوم أكثر من ثمانين شريكاً.
                    """.formatted(i, 1 + i % 28, i % 40, i));
        }
        return TestSite.of(dir.resolve("site"), files.toArray(String[]::new));
    }

    @Test
    void aBuildWhoseOutputIsNotATerminalPrintsNoProgress() {
        TestSite site = siteOf(3);
        TestSite.Run run = site.build(); // in-process: System.console() is null, as when piped or in CI
        assertEquals(0, run.exitCode(), run.all());
        assertFalse(run.all().contains("\r"), () -> "progress printed: " + run.all());
        assertTrue(run.out().contains("stages: config"), run.out());
    }

    @Test
    void quietPrintsNothingWhenThereIsNoProblem() {
        TestSite site = siteOf(3);
        TestSite.Run run = site.build("--quiet");
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("", run.all());
        assertTrue(Files.exists(site.output().resolve("ar/articles/a-0000/index.html")));
    }

    @Test
    void onATerminalEachLongStageCountsItsPagesUpAndClearsItsLine() throws Exception {
        TestSite site = siteOf(600);
        String screen = onTerminal(site, "build");
        Matcher m = PROGRESS.matcher(screen);
        List<String> stages = new ArrayList<>();
        while (m.find()) {
            int done = Integer.parseInt(m.group(2));
            int total = Integer.parseInt(m.group(3));
            assertTrue(done >= 1 && done <= total, () -> "count out of range: " + m.group());
            if (!stages.contains(m.group(1))) {
                stages.add(m.group(1));
            }
        }
        assertFalse(stages.isEmpty(), () -> "no progress on a terminal: " + screen.replace("\r", "\\r"));
        // "related" (ranking related articles, inside the links stage) shows when it outlasts the first update.
        assertTrue(List.of("content", "links", "related", "search", "render").containsAll(stages), stages::toString);
        // The line is erased when a stage ends, before the summary is printed.
        assertTrue(screen.indexOf("\r\u001b[K") < screen.indexOf("stages: config"), () -> screen.replace("\r", "\\r"));
    }

    @Test
    void onATerminalQuietStillPrintsNoProgress() throws Exception {
        TestSite site = siteOf(600);
        String screen = onTerminal(site, "build", "--quiet");
        assertFalse(screen.contains("\r\u001b[K"), () -> "progress printed: " + screen.replace("\r", "\\r"));
        assertFalse(screen.contains("stages:"), screen);
    }

    /**
     * What {@code warraq <args>} shows on a terminal: run in a fresh JVM under {@code script}
     * (util-linux, in every Debian), which gives it a pseudo-terminal and copies what it prints.
     */
    private static String onTerminal(TestSite site, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--source", site.root().toString(), "--output", site.output().toString()));
        String line = String.join(" ", command.stream().map(ProgressTest::quoted).toList());
        Process process = new ProcessBuilder("script", "-qec", line, "/dev/null").redirectErrorStream(true).start();
        process.getOutputStream().close();
        String screen = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
        assertEquals(0, process.exitValue(), screen);
        return screen;
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
