package org.warraq.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The files this process left in the output folders it wrote, each folder known by its identity
 * (device and inode), which a rename keeps. The preview renames every build to a version folder
 * of its own and later back to its output, as the spare that the next build updates in place
 * (see serve.Rebuilder); that build then need not list the folder to find what it holds: at
 * 10,000 articles 33,000 files in 28,000 folders, 0.4 s of a core in every refresh.
 *
 * <p>Only for folders no one else writes into (the preview's work directory, the output of
 * {@code build --watch} while it holds the site's build lock): a file put there behind the
 * process's back would stay. Thread-safe.
 */
public final class WrittenFolders {
    /** The preview has at most four folders at once: the output, the version served, one not published, the spare. */
    private static final int REMEMBERED = 8;

    private final Map<Object, Set<String>> files = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Set<String>> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * What {@code folder} holds, as this process left it, or null when unknown; forgotten here,
     * so that a build that changes the folder and fails leaves it unknown (see {@link #wrote}).
     */
    public synchronized Set<String> take(Path folder) {
        Object key = identity(folder);
        return key == null ? null : files.remove(key);
    }

    /**
     * Notes that {@code folder} holds exactly these files (paths from its root, '/'-separated),
     * kept as given, unchanged ever after: a build's manifest has them (33,000 at 10,000 articles).
     */
    public synchronized void wrote(Path folder, Set<String> paths) {
        Object key = identity(folder);
        if (key != null) {
            files.put(key, paths);
        }
    }

    /**
     * Notes that files at {@code paths} were written into one of the folders (the preview's quick
     * edits, into the version it serves): each folder may hold them now.
     */
    public synchronized void rewrote(Collection<String> paths) {
        files.replaceAll((folder, held) -> {
            if (held.containsAll(paths)) {
                return held;
            }
            Set<String> more = new HashSet<>(held);
            more.addAll(paths);
            return Set.copyOf(more);
        });
    }

    /** The folder's device and inode; null for no folder, or where the platform gives no such key. */
    private static Object identity(Path folder) {
        try {
            BasicFileAttributes a = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isDirectory() ? a.fileKey() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
