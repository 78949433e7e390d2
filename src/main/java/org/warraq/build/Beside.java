package org.warraq.build;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * One stage's work run on a thread of its own while the build's thread runs another stage, and
 * timed there: what the build waits for when it needs the result, with the stage's own time.
 */
final class Beside<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile long millis;

    private Beside() {
    }

    /** Starts {@code work} on a daemon thread named {@code name}: a build that fails does not wait for it, unless asked to. */
    static <T> Beside<T> start(String name, Supplier<T> work) {
        Beside<T> beside = new Beside<>();
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                T value = work.get();
                beside.millis = (System.nanoTime() - start) / 1_000_000;
                beside.result.complete(value);
            } catch (RuntimeException | Error e) {
                beside.millis = (System.nanoTime() - start) / 1_000_000;
                beside.result.completeExceptionally(e); // never left open: the build would wait forever
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return beside;
    }

    /** The result, once the work is done; what the work threw is thrown here as it was. */
    T join() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** How long the work took; valid once {@link #join} returned or threw. */
    long millis() {
        return millis;
    }

    /** Waits until the work is over, whatever its outcome: for a build that stops before it needs the result. */
    void awaitQuietly() {
        try {
            result.join();
        } catch (CompletionException e) {
            // the build already has a failure of its own to report
        }
    }
}
