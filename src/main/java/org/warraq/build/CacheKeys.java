package org.warraq.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.warraq.model.Digest;
import org.warraq.theme.Theme;

/**
 * Keys of the incremental cache: what, besides a page's own inputs, decides the bytes of the
 * output. The generator (its jar, or its compiled classes while developing), the site's
 * templates and UI strings, site.yaml and the build options: when any changes, every cached
 * result is discarded.
 */
final class CacheKeys {
    private static volatile String generator;

    private CacheKeys() {
    }

    /** The key every cached output of this build is valid under. */
    static String output(BuildOptions options, Theme theme) {
        Digest h = new Digest();
        h.add(generator());
        h.add(String.valueOf(options.baseUrl()));
        h.add(String.valueOf(options.drafts()));
        h.add(read(options.sourceDir().resolve("site.yaml")));
        if (theme.templatesDir() != null) {
            h.add(tree(theme.templatesDir()));
        }
        return h.hex();
    }

    /** The key parsed pages are valid under: the generator and the Markdown settings. */
    static String parse(boolean rawHtml) {
        return generator() + ":rawHtml=" + rawHtml;
    }

    /** A short name for an output directory, so each output has its own manifest. */
    static String outputName(java.nio.file.Path outputDir) {
        Digest h = new Digest();
        h.add(outputDir.toAbsolutePath().normalize().toString());
        return h.hex().substring(0, 16);
    }

    /** Identifies the running generator: its jar's size and time, or every compiled class's. */
    static String generator() {
        String g = generator;
        if (g == null) {
            g = identify();
            generator = g;
        }
        return g;
    }

    private static String identify() {
        try {
            Path location = Path.of(CacheKeys.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String version = String.valueOf(CacheKeys.class.getPackage().getImplementationVersion());
            if (Files.isRegularFile(location)) {
                return version + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
            }
            return version + ":" + tree(location);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown origin: a key no later run shares, so nothing stale is ever reused.
            return "unknown:" + System.nanoTime();
        }
    }

    /** Digest of a directory tree's file names, sizes and times (contents for small trees like templates). */
    private static String tree(Path dir) {
        Digest h = new Digest();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                h.add(dir.relativize(file).toString());
                h.add(Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis());
                if (Files.size(file) < 1 << 20) {
                    h.add(Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return h.hex();
    }

    private static byte[] read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
