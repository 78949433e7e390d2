package org.warraq.serve;

import java.util.List;
import java.util.Set;

/**
 * The source changes that one rebuild answers: paths relative to the site ("content/ar/articles/x.md",
 * "*" after the watcher lost track) and when the first of them was seen ({@link System#nanoTime()}).
 * The paths are for the log: what a rebuild redoes is decided by the build itself, which compares
 * sources and outputs with its last build, so a change the watcher missed cannot be missed there.
 */
record ChangeBatch(Set<String> paths, long firstSeenNanos) {
    ChangeBatch {
        paths = Set.copyOf(paths);
    }

    /** A short description for the log: up to three paths, then how many more. */
    String describe() {
        List<String> sorted = paths.stream().sorted().toList();
        String shown = String.join(", ", sorted.subList(0, Math.min(3, sorted.size())));
        return sorted.size() > 3 ? shown + " and " + (sorted.size() - 3) + " more" : shown;
    }
}
