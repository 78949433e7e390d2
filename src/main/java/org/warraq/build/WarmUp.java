package org.warraq.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.warraq.content.MarkdownRenderer;
import org.warraq.render.Templates;

/**
 * Starts the Markdown parser and the template engine on a spare core while the first stages run.
 * In a short build their first use is slow (classes loaded, code run for the first time): after
 * an edit to one article of the repository's site they took a third of the build; warmed up, the
 * build took 1.24-1.34 s instead of 1.36-1.68 s. Started only when a source is newer than the last
 * build's output manifest: a build that changed nothing needs neither, and there the extra thread
 * only competed with the build (0.76 s → 0.92 s). Nor in a rebuild of a large site, whose cache
 * says how large it is: there the warm-up's walk of the content and its first uses competed with
 * the build's own start (site.yaml, the content scan, the cache read) for both cores, and the
 * build spent more on waiting than the warm-up saved it (10k rebuild after an edit, 8 interleaved
 * pairs: 4.58 s without the rule, 4.29 s with it, faster in 6; 7.51 → 7.04 s of CPU).
 */
final class WarmUp {
    private WarmUp() {
    }

    /** Warms up in a background thread if this build is likely to parse or render anything. */
    static void startIfNeeded(Path sourceDir, Path outputDir) {
        Thread thread = new Thread(() -> {
            try {
                if (needed(sourceDir, outputDir)) {
                    MarkdownRenderer.warmUp();
                    Templates.warmUp();
                }
            } catch (RuntimeException | LinkageError e) {
                // Only time is lost: the build itself meets and reports whatever went wrong here.
            }
        }, "warraq-warm-up");
        thread.setDaemon(true); // never keeps a finished build's process alive
        thread.start();
    }

    /**
     * Whether a content file, template, UI string, static file or site.yaml changed after the last
     * build into {@code outputDir}, or there was none. A guess, good enough to decide on a warm-up:
     * right after the generator changed, every page is rendered again though no source changed.
     */
    static boolean needed(Path sourceDir, Path outputDir) {
        if (largeSiteCache(sourceDir.resolve(BuildPipeline.CACHE_DIR).resolve(BuildPipeline.PARSE_CACHE))) {
            return false;
        }
        Optional<FileTime> lastBuild = lastBuild(sourceDir.resolve(BuildPipeline.CACHE_DIR), outputDir);
        if (lastBuild.isEmpty()) {
            return true;
        }
        Stream<Path> sources = Stream.of("content", "templates", "static", "site.yaml").map(sourceDir::resolve);
        return sources.anyMatch(path -> newerThan(path, lastBuild.get()));
    }

    /**
     * A parse cache of more than 4,000 content files (about 7.7 KB each), the mark at which the
     * launcher treats a site as large: {@code bench/run}'s 1k corpus has 13 MB, its 10k 130 MB.
     */
    static final long LARGE_SITE_CACHE_BYTES = 4_000L * 7_700;

    private static boolean largeSiteCache(Path parseCache) {
        try {
            return Files.size(parseCache) > LARGE_SITE_CACHE_BYTES;
        } catch (IOException e) {
            return false; // no cache: a first build, which the warm-up may speed up
        }
    }

    /** When the output's manifest was written: the end of the last build into it. */
    private static Optional<FileTime> lastBuild(Path cacheDir, Path outputDir) {
        if (!Files.isDirectory(cacheDir)) {
            return Optional.empty();
        }
        String prefix = "output-" + CacheKeys.outputName(outputDir) + "-";
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).map(WarmUp::modified)
                    .max(FileTime::compareTo);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code path} or anything under it changed after {@code time}: each file looked up once, the walk's own look. */
    private static boolean newerThan(Path path, FileTime time) {
        if (!Files.exists(path)) {
            return false;
        }
        boolean[] newer = {false};
        try {
            Files.walkFileTree(path, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return visitFile(dir, attributes);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    newer[0] = attributes.lastModifiedTime().compareTo(time) > 0;
                    return newer[0] ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }
            });
            return newer[0];
        } catch (IOException | UncheckedIOException e) {
            return true;
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
