package org.warraq.serve;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A site's sources watched without a server ({@code warraq build --watch}): the preview's
 * watcher and its debouncing. Each settled batch of changes (an editor's save is often several
 * events) is handed over on one thread, one batch at a time, so the builds it starts never
 * overlap; changes saved during a build make the next batch.
 */
public final class SourceWatch implements AutoCloseable {
    private final Debouncer debouncer;
    private final SiteWatcher watcher;

    private SourceWatch(Path sourceDir, Consumer<String> onChanges) {
        this.debouncer = new Debouncer(PreviewServer.DEBOUNCE, PreviewServer.MAX_DEBOUNCE, new HalfSaved(sourceDir),
                batch -> onChanges.accept(batch.describe()));
        try {
            this.watcher = new SiteWatcher(sourceDir, debouncer::changed);
        } catch (RuntimeException e) {
            debouncer.close();
            throw e;
        }
    }

    /**
     * Watches {@code sourceDir}'s site.yaml, content/, templates/ and static/, then runs
     * {@code first} on the thread that hands batches over and waits for it: watching first, so
     * nothing saved during the first build is missed. {@code onChanges} gets a short description
     * of each batch ("content/ar/articles/x.md", up to three paths and how many more).
     */
    public static SourceWatch start(Path sourceDir, Runnable first, Consumer<String> onChanges) {
        SourceWatch watch = new SourceWatch(sourceDir, onChanges);
        try {
            watch.debouncer.runNow(first);
        } catch (RuntimeException | Error e) {
            watch.close();
            throw e;
        }
        return watch;
    }

    /** How many folders are watched. */
    public int folderCount() {
        return watcher.folderCount();
    }

    @Override
    public void close() {
        watcher.close();
        debouncer.close();
    }
}
