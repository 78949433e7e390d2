package org.warraq.build;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.warraq.content.ParseCache;
import org.warraq.output.ManifestFile;

/**
 * The last build's caches, read from disk on a spare core while the first stages load the
 * configuration, the UI strings and the static files: reading them does not depend on those
 * stages, and in a process that builds once it was work done on one core while the other waited
 * (at 10,000 articles, the parse cache and stage memo took 0.42 s and the output manifest 0.2 s
 * of a 4.8 s rebuild).
 *
 * <p>Each part is what the pipeline would have read itself, at the same paths: if reading one
 * fails, the pipeline reads it again in its own thread, so its error is met where it was.
 */
final class CachePrefetch {
    private final Path pagesFile;
    private final Path memoFile;
    private final Supplier<Path> manifestFile;
    private final Path outputDir;
    private final CompletableFuture<ParseCache> pages;
    private final CompletableFuture<StageMemo> memo;
    private final CompletableFuture<Manifest> manifest;

    /** The output manifest's file as read, and the files of the output it still describes. */
    record Manifest(ManifestFile file, Map<String, String> intact) {
    }

    private CachePrefetch(Path cacheDir, String generator, Supplier<Path> manifestFile, Path outputDir) {
        this.pagesFile = cacheDir.resolve(BuildPipeline.PARSE_CACHE);
        this.memoFile = cacheDir.resolve(BuildPipeline.STAGE_MEMO);
        this.manifestFile = manifestFile;
        this.outputDir = outputDir;
        this.pages = new CompletableFuture<>();
        this.memo = new CompletableFuture<>();
        this.manifest = new CompletableFuture<>();
        // One thread reads them in turn, the largest first: the build's thread and the warm-up
        // have the other core. (CompletableFuture.supplyAsync would start a thread for each when
        // the common pool has one worker, as on two cores.)
        Thread reader = new Thread(() -> {
            complete(pages, () -> ParseCache.load(pagesFile));
            complete(memo, () -> StageMemo.load(memoFile, generator));
            complete(manifest, this::readManifest);
        }, "warraq-cache-prefetch");
        reader.setDaemon(true); // a build that fails early does not wait for it
        reader.start();
    }

    /** Completes {@code future} with what {@code read} gives or throws, errors too: one left open would hold the build forever. */
    private static <T> void complete(CompletableFuture<T> future, Supplier<T> read) {
        try {
            future.complete(read.get());
        } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
        }
    }

    /**
     * Starts reading the caches under {@code cacheDir}: the parse cache, the stage memo made by
     * {@code generator}, and the manifest of the output in {@code outputDir}, whose path
     * {@code manifestFile} works out (from site.yaml and the templates, also read meanwhile).
     */
    static CachePrefetch start(Path cacheDir, String generator, Supplier<Path> manifestFile, Path outputDir) {
        return new CachePrefetch(cacheDir, generator, manifestFile, outputDir.toAbsolutePath().normalize());
    }

    ParseCache pages() {
        return join(pages, () -> ParseCache.load(pagesFile));
    }

    StageMemo memo(String generator) {
        return join(memo, () -> StageMemo.load(memoFile, generator));
    }

    /** The manifest as read, or empty if working out its path or reading it failed: the pipeline then does both itself. */
    java.util.Optional<Manifest> manifest() {
        try {
            return java.util.Optional.of(manifest.join());
        } catch (CompletionException e) {
            return java.util.Optional.empty();
        }
    }

    private Manifest readManifest() {
        ManifestFile read = ManifestFile.read(manifestFile.get());
        return new Manifest(read, read.manifest().intact(outputDir));
    }

    private static <T> T join(CompletableFuture<T> future, Supplier<T> again) {
        try {
            return future.join();
        } catch (CompletionException e) {
            return again.get();
        }
    }
}
