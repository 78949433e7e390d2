package org.warraq.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's own site, built once per test JVM with a base URL that has a path and served
 * under that path on 127.0.0.1, as on GitHub Pages. Browser tests share it.
 */
public final class RepositorySite {
    public static final String PREFIX = "/archive/";
    private static RepositorySite instance;

    private final Path output;
    private final StaticServer server;

    private RepositorySite(Path output, StaticServer server) {
        this.output = output;
        this.server = server;
    }

    /** Builds (first call only) and serves the repository site. */
    public static synchronized RepositorySite get() {
        if (instance == null) {
            try {
                Path output = Path.of("target/test-sites/repository").toAbsolutePath();
                Files.createDirectories(output.getParent());
                StaticServer server = StaticServer.start(output, PREFIX);
                TestSite.Run run = TestSite.Cli.run("build", "--source", ".", "--output", output.toString(),
                        "--base-url", server.url());
                if (run.exitCode() != 0) {
                    server.close();
                    throw new IllegalStateException("repository site does not build:\n" + run.all());
                }
                instance = new RepositorySite(output, server);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public Path output() {
        return output;
    }

    /** Absolute URL of a site path ("ar/articles/x/"). */
    public String url(String sitePath) {
        return server.url() + sitePath;
    }
}
