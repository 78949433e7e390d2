package org.warraq.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Whether a changed source looks caught in the middle of a save: a Markdown or YAML file that is
 * empty. Many editors save in place, emptying the file and then writing it, and on a busy machine
 * the watcher can report the file between the two. Built then, it fails ("no front matter") and
 * the fix arrives a moment later as a full build; held for the write, it takes the quick path. An
 * empty such file is never a valid source, so waiting for it costs a real mistake only the wait.
 */
final class HalfSaved implements Predicate<String> {
    private final Path sourceDir;

    HalfSaved(Path sourceDir) {
        this.sourceDir = sourceDir;
    }

    /** {@code path}: relative to the site, as the watcher reports it. */
    @Override
    public boolean test(String path) {
        if (!path.endsWith(".md") && !path.endsWith(".yaml") && !path.endsWith(".yml")) {
            return false;
        }
        Path file = sourceDir.resolve(path);
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == 0;
        } catch (IOException e) {
            return false; // gone or unreadable: the build says so
        }
    }
}
