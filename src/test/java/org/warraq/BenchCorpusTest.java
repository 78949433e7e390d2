package org.warraq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/**
 * The benchmark's corpus generator ({@code bench/generate N DIR}, issue 9's first item): the same
 * N and seed give the same bytes, the corpus has the promised shape, and Warraq builds it without
 * a problem (every internal link resolves).
 */
class BenchCorpusTest {
    private static final int N = 60;
    private static final Pattern INTERNAL_LINK = Pattern.compile("\\]\\((a-\\d{5}\\.md)\\)");

    @TempDir
    Path dir;

    @Test
    void theSameSizeAndSeedGiveTheSameCorpusWhichBuildsCleanly() throws Exception {
        Path first = generate("first");
        Path second = generate("second");
        List<Path> files = files(first);
        assertEquals(files, files(second));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file::toString);
        }

        // N Arabic articles, about 70% of them translated, each with 1-3 links to other generated
        // articles of its language, topics, tags and a summary.
        for (String language : List.of("ar", "en")) {
            Path articles = first.resolve("content/" + language + "/articles");
            List<Path> md = files(articles);
            if (language.equals("ar")) {
                assertEquals(N, md.size());
            } else {
                assertEquals(Math.round(0.7 * N), md.size(), 3.0, "translated share");
            }
            Set<String> names = new HashSet<>(md.stream().map(Path::toString).toList());
            for (Path file : md) {
                String text = Files.readString(articles.resolve(file), StandardCharsets.UTF_8);
                Matcher m = INTERNAL_LINK.matcher(text);
                int links = 0;
                while (m.find()) {
                    links++;
                    assertTrue(names.contains(m.group(1)), () -> file + " links to a missing article: " + m.group());
                }
                int count = links;
                assertTrue(count >= 1 && count <= 3, () -> file + ": " + count + " internal links");
                assertTrue(text.contains("\ntopics: [") && text.contains("\ntags: [") && text.contains("\nsummary: "),
                        () -> file + " lacks topics, tags or a summary");
            }
        }

        TestSite.Run run = TestSite.Cli.run("build", "--source", first.toString(), "--output", dir.resolve("site").toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(!run.err().contains("error"), run.err());
        assertTrue(Files.exists(dir.resolve("site/ar/search")), "the search index is built");
    }

    /** Runs {@code java bench/Generate.java N DIR} from the repository root, as {@code bench/generate} does. */
    private Path generate(String name) throws Exception {
        Path out = dir.resolve(name);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "bench/Generate.java", String.valueOf(N), out.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the generator did not finish");
        assertEquals(0, process.exitValue(), output);
        return out;
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList());
        }
    }
}
