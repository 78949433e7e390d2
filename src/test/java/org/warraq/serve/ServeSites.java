package org.warraq.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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
