package org.warraq.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.testing.TestSite;

/** A small two-language site for preview tests, and a server started on it on a free loopback port. */
final class ServeSites {
    static final String AR_ARTICLE = "content/ar/articles/first.md";
    static final String EN_ARTICLE = "content/en/articles/first.md";

    private ServeSites() {
    }

    static TestSite site(Path dir) {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                AR_ARTICLE, arArticle("نص المقال الأول."),
                EN_ARTICLE, """
                        ---
                        title: "First article"
                        date: 2022-05-11
                        topics: [coalition-meetings]
                        tags: ["Marrakech"]
                        ---
                        Body text.
                        """);
    }

    /**
     * The test site with {@code count} more English articles, which no edit to the Arabic one
     * touches: a rebuild after such an edit then rewrites a small part of the site, so the preview's
     * next build takes the spare folder (after one that rewrote most of it, it makes a new folder).
     */
    static TestSite withEnglishArticles(Path dir, int count) {
        TestSite site = site(dir);
        for (int i = 0; i < count; i++) {
            site.write("content/en/articles/more-" + i + ".md", "---\ntitle: More " + i + "\ndate: 2021-01-"
                    + String.format("%02d", 1 + i % 28) + "\n---\nText " + i + ".\n");
        }
        return site;
    }

    /** The Arabic article with {@code body}; the tag gives the output an Arabic folder name. */
    static String arArticle(String body) {
        return """
                ---
                title: "المقال الأول"
                date: 2022-05-11
                topics: [coalition-meetings]
                tags: ["مراكش"]
                summary: "ملخص"
                ---
                """ + body + "\n";
    }

    /** Waits (at most a minute) until {@code log} holds {@code text} at least {@code count} times. */
    static void awaitLog(StringWriter log, String text, int count) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (log.toString().split(Pattern.quote(text), -1).length - 1 < count) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no '" + text + "' in " + log);
            }
            Thread.sleep(20);
        }
    }

    /**
     * A clean build of a copy of {@code site}'s sources in {@code copy}, under the server's base
     * URL: what the preview must serve once it is up to date. Returns the built site's folder.
     */
    static Path cleanBuild(TestSite site, Path copy, String baseUrl) throws IOException {
        for (String part : new String[] {"site.yaml", "content"}) {
            Path from = site.root().resolve(part);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path f : walk.toList()) {
                    Path to = copy.resolve(site.root().relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(f, to);
                    }
                }
            }
        }
        BuildPipeline.run(new BuildOptions(copy, copy.resolve("site"), baseUrl, false));
        return copy.resolve("site");
    }

    /** A started server and what it logged. */
    record Running(PreviewServer server, StringWriter log) implements AutoCloseable {
        int port() {
            return server.port();
        }

        @Override
        public void close() {
            server.close();
        }
    }

    static Running serve(TestSite site) {
        StringWriter log = new StringWriter();
        PreviewServer server = PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", 0, false),
                new PrintWriter(log, true));
        return new Running(server, log);
    }
}
