package org.warraq.check;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to check: the site's sources, where to keep the built site (null: a temporary directory,
 * deleted afterwards), an optional base URL overriding site.yaml's, drafts, and external links.
 */
public record CheckOptions(Path sourceDir, Path outputDir, String baseUrl, boolean drafts, ExternalOptions external) {
    public CheckOptions {
        Objects.requireNonNull(sourceDir, "sourceDir");
        Objects.requireNonNull(external, "external");
    }
}
