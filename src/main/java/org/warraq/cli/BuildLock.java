package org.warraq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One build of a site at a time. A second {@code warraq build} of the same site (an editor's
 * build on save beside one by hand) waits for the first: at the same time, they wrote the same
 * staging folder and caches, and one stopped with a {@code NoSuchFileException} for a file the
 * other had moved. Where no lock can be taken (a temporary folder without locks or another
 * user's lock file, another build in this process), the build runs as it did before.
 */
final class BuildLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the site in {@code sourceDir}, telling {@code err} when it has to wait for it. */
    static BuildLock acquire(Path sourceDir, PrintWriter err) {
        FileChannel channel = null;
        try {
            Path file = lockFile(sourceDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                err.println("warraq: another build of this site is running — waiting for it to finish…");
                err.flush();
                lock = channel.lock();
            }
            return new BuildLock(channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            return new BuildLock(null, null);
        }
    }

    /**
     * The lock's file, in the temporary folder and named by a hash of the site's real path: a
     * build that is refused writes nothing into the site, and one reached through a link shares it.
     */
    private static Path lockFile(Path sourceDir) throws IOException {
        Path site = sourceDir.toRealPath();
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(site.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "warraq-build-" + HexFormat.of().formatHex(hash, 0, 8) + ".lock");
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // The lock goes with the channel, or with the process.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing held any more
            }
        }
    }
}
