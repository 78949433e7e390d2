package org.warraq.serve;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Collects changes until the files have been quiet for a moment (an editor's save is often
 * several events), then hands them over as one {@link ChangeBatch}. Batches are handed over one at
 * a time on one thread, so rebuilds never overlap; changes during a rebuild make the next batch.
 * A stream of changes that never pauses is still handed over after {@code maxWait}. A batch
 * holding a file that looks half-saved ({@code unfinished}) waits for more changes, up to
 * {@code maxWait} from its first.
 */
final class Debouncer implements AutoCloseable {
    private final long quietNanos;
    private final long maxWaitNanos;
    private final Consumer<ChangeBatch> action;
    private final Predicate<String> unfinished;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            PreviewServer.daemonThreads("warraq-rebuild"));
    private final Set<String> paths = new HashSet<>();
    private long firstSeen;
    private ScheduledFuture<?> pending;

    Debouncer(Duration quiet, Duration maxWait, Predicate<String> unfinished, Consumer<ChangeBatch> action) {
        this.quietNanos = quiet.toNanos();
        this.maxWaitNanos = maxWait.toNanos();
        this.unfinished = unfinished;
        this.action = action;
    }

    /** Notes that {@code path} changed at {@code nanos} ({@link System#nanoTime()}). */
    synchronized void changed(String path, long nanos) {
        if (paths.isEmpty()) {
            firstSeen = nanos;
        }
        paths.add(path);
        if (pending != null) {
            pending.cancel(false);
        }
        long delay = Math.max(0, Math.min(quietNanos, firstSeen + maxWaitNanos - System.nanoTime()));
        pending = thread.schedule(this::fire, delay, TimeUnit.NANOSECONDS);
    }

    /** Runs {@code task} on the rebuild thread, after any rebuild in progress, and waits for it. */
    void runNow(Runnable task) {
        try {
            thread.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void fire() {
        ChangeBatch batch;
        synchronized (this) {
            if (paths.isEmpty()) {
                return;
            }
            long waited = System.nanoTime() - firstSeen;
            if (waited < maxWaitNanos && paths.stream().anyMatch(unfinished)) {
                // Its write usually comes as another change, which hands the batch over once quiet;
                // if none comes, this looks again, and after maxWait the build reports the file.
                pending = thread.schedule(this::fire, Math.min(quietNanos, maxWaitNanos - waited), TimeUnit.NANOSECONDS);
                return;
            }
            batch = new ChangeBatch(paths, firstSeen);
            paths.clear();
            pending = null;
        }
        action.accept(batch);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
