package org.warraq.serve;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One complete build in a directory of its own. After it is published only the preview's quick
 * edits change it, each file by one atomic rename, and each edit gives it a new revision. It is
 * reference-counted: the "current" slot holds one reference and every request in flight holds one,
 * and the directory is deleted when the last is released, so a request that started on an old
 * build finishes from it even after a newer one is published.
 */
final class SiteVersion {
    private final String id;
    private final Path root;
    private static final ExecutorService JANITOR = Executors.newSingleThreadExecutor(
            PreviewServer.daemonThreads("warraq-cleanup"));

    private final AtomicInteger references = new AtomicInteger(1);
    private final AtomicInteger revision = new AtomicInteger();
    /** Who takes the directory once no one serves it; null deletes it. */
    private final java.util.function.Consumer<Path> recycler;

    /** A version whose directory is deleted when it is released for good. */
    SiteVersion(String id, Path root) {
        this(id, root, null);
    }

    /** A version whose directory goes to {@code recycler} when it is released for good, instead of being deleted. */
    SiteVersion(String id, Path root, java.util.function.Consumer<Path> recycler) {
        this.id = id;
        this.root = root;
        this.recycler = recycler;
    }

    /** Identifies the build and its revision to pages and the live-reload script ("m3k2x-4", "m3k2x-4.2"). */
    String id() {
        int r = revision.get();
        return r == 0 ? id : id + "." + r;
    }

    /** Notes that an edit rewrote some of its files; pages showing an earlier revision reload. */
    void revise() {
        revision.incrementAndGet();
    }

    /** The directory holding the built site. */
    Path root() {
        return root;
    }

    /** Takes a reference; false when the version was already released for good. */
    boolean retain() {
        while (true) {
            int count = references.get();
            if (count <= 0) {
                return false;
            }
            if (references.compareAndSet(count, count + 1)) {
                return true;
            }
        }
    }

    /**
     * Gives a reference back; the last one hands the directory to the recycler, or has it deleted
     * on a background thread, so neither a request nor the reload after a rebuild waits for tens of
     * thousands of unlinks.
     */
    void release() {
        if (references.decrementAndGet() == 0) {
            if (recycler != null) {
                recycler.accept(root);
            } else {
                deleteLater(root);
            }
        }
    }

    /** Deletes a directory tree on the background thread. */
    static void deleteLater(Path root) {
        JANITOR.execute(() -> deleteTree(root));
    }

    /** Deletes a directory tree without following symbolic links; best effort. */
    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A leftover directory in the work area is harmless; the work area goes on exit.
        }
    }
}
