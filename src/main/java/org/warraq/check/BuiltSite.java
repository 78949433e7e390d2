package org.warraq.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.warraq.config.BaseUrl;
import org.warraq.links.UrlTargets;

/**
 * A built output directory as the checks see it: every file, every HTML page scanned, and the
 * resolver of URLs for its base URL.
 */
record BuiltSite(Map<String, ScannedPage> pages, UrlTargets targets) {
    BuiltSite {
        pages = Map.copyOf(pages);
    }

    /** Scans every HTML file under {@code outputDir} (in parallel: parsing dominates). */
    static BuiltSite scan(Path outputDir, BaseUrl base) {
        Set<String> files;
        try (Stream<Path> walk = Files.walk(outputDir)) {
            files = walk.filter(Files::isRegularFile).map(f -> outputDir.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, ScannedPage> pages = files.parallelStream().filter(f -> f.endsWith(".html"))
                .map(f -> PageScanner.scan(outputDir, f))
                .collect(Collectors.toMap(ScannedPage::path, p -> p, (a, b) -> a, TreeMap::new));
        return new BuiltSite(pages, new UrlTargets(base, files));
    }

    /** The pages in path order, so that findings come out in a stable order. */
    Iterable<ScannedPage> inOrder() {
        return new TreeMap<>(pages).values();
    }
}
