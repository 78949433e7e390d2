package org.warraq.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build: sources, where to write, an optional base URL overriding site.yaml's, and
 * whether drafts are included.
 */
public record BuildOptions(Path sourceDir, Path outputDir, String baseUrl, boolean drafts) {
    public BuildOptions {
        Objects.requireNonNull(sourceDir, "sourceDir");
        Objects.requireNonNull(outputDir, "outputDir");
    }

    /** Defaults: {@code site/} inside the source directory, site.yaml's base URL, no drafts. */
    public static BuildOptions of(Path sourceDir) {
        return new BuildOptions(sourceDir, sourceDir.resolve("site"), null, false);
    }
}
