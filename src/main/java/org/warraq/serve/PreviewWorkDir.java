package org.warraq.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.warraq.build.BuildPipeline;

/**
 * Where the preview writes its builds: {@code .warraq-cache/preview/} in the site, kept between
 * sessions, so that the first build of the next {@code serve} updates the last one in place,
 * taking over the pages that did not change, instead of rendering the whole site again (at 10,000
 * articles, every start took 20-27 s, nearly all of it rendering 28,000 pages). During a session
 * {@code out} is a link to the version being served or last built (see {@link Rebuilder}); between
 * sessions it is that folder itself, which no one serves, with its manifest in the build cache.
 * Everything else is deleted when a session opens and closes it.
 *
 * <p>One session at a time holds it (a file lock): a second preview of the same site, or a site
 * whose cache folder cannot be written, works in a temporary directory deleted on close, as every
 * session did before.
 */
final class PreviewWorkDir implements AutoCloseable {
    /** The folder in the build cache. */
    static final String NAME = "preview";
    /** A build before the last one, kept for the next session's first refresh to update in place (see {@link Rebuilder}). */
    static final String SPARE = "spare";
    private static final String LOCK = ".lock";

    /**
     * The kept work directories this process holds. Another session in the same process must not
     * even try the lock: closing its channel would release the first one's lock for every other
     * process too (POSIX record locks belong to the process and go with any of its descriptors).
     */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final FileLock lock;

    private PreviewWorkDir(Path dir, FileLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /** The site's kept work directory if no other session holds it, else a temporary one. */
    static PreviewWorkDir claim(Path sourceDir) {
        Path dir = sourceDir.resolve(BuildPipeline.CACHE_DIR).resolve(NAME).toAbsolutePath().normalize();
        if (!HELD.add(dir)) {
            return temporary();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                PreviewWorkDir claimed = new PreviewWorkDir(dir, lock);
                claimed.keepLast(); // a session that ended without closing left its link
                return claimed;
            }
        } catch (IOException | OverlappingFileLockException | UnsupportedOperationException e) {
            // Read-only sources: a temporary directory does.
        }
        closeQuietly(channel);
        HELD.remove(dir);
        return temporary();
    }

    /** A work directory of this session alone, deleted on close. */
    static PreviewWorkDir temporary() {
        try {
            return new PreviewWorkDir(Files.createTempDirectory("warraq-serve-"), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the preview's work directory: " + e.getMessage(), e);
        }
    }

    Path path() {
        return dir;
    }

    /** Whether the last build stays for the next session (its output manifest is then worth saving). */
    boolean kept() {
        return lock != null;
    }

    /**
     * Makes the last build the folder {@code out} (where a link to it was) and deletes everything
     * else but the {@link #SPARE}: the versions of the session, half-written builds. At the end of a session, before its
     * versions are released, which deletes their folders (the one moved is no longer there).
     */
    void keepLast() {
        if (!kept()) {
            return;
        }
        Path out = dir.resolve("out");
        try {
            if (Files.isSymbolicLink(out)) {
                Path last = dir.resolve(Files.readSymbolicLink(out)).normalize();
                Files.delete(out);
                if (last.getParent().equals(dir) && Files.isDirectory(last, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(last, out);
                }
            }
        } catch (IOException e) {
            // The next session then starts from an empty output: only slower.
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                if (!entry.equals(out) && !entry.getFileName().toString().equals(LOCK)
                        && !entry.getFileName().toString().equals(SPARE)) {
                    SiteVersion.deleteTree(entry);
                }
            }
        } catch (IOException e) {
            // Leftovers only take space; the next session tries again.
        }
    }

    /** Lets the next session in (a temporary directory is deleted). */
    @Override
    public void close() {
        if (!kept()) {
            SiteVersion.deleteTree(dir);
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            // Released with the process anyway.
        }
        closeQuietly(lock.channel());
        HELD.remove(dir);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }
}
