package org.warraq.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Work on every item of a list, on all cores, with the threads taking small runs of items from one
 * shared counter until none are left.
 *
 * <p>Why not parallel streams: a stream cuts its source into about four pieces per pool thread
 * before any work starts (on two cores, four pieces in all), and the values of a map are cut in
 * batches that grow by 1,024 items. Pieces of unequal cost left one core working alone at the end
 * of a stage: in a cold 10,000-article build, the last 2.5 s of rendering article pages ran on
 * one core (CPU time sampled every 250 ms). Taking runs of at most {@value #MAX_RUN} items as
 * they go, the threads finish within one run of each other.
 */
public final class Parallel {
    /** Items a thread takes at a time: few enough that the threads end together, enough that the shared counter is rarely touched. */
    static final int MAX_RUN = 32;

    private Parallel() {
    }

    /**
     * {@code function} applied to every item, on this thread and the common pool's; the results
     * in the items' order, whatever the scheduling. The first exception thrown by {@code function}
     * stops the others from taking new items and is rethrown here as it was thrown.
     */
    public static <T, R> List<R> map(List<? extends T> items, Function<? super T, ? extends R> function) {
        return mapIndices(items.size(), i -> function.apply(items.get(i)));
    }

    /** As {@link #map}, for the indices 0 to {@code n - 1}: {@code function(i)} at position i. */
    public static <R> List<R> mapIndices(int n, IntFunction<? extends R> function) {
        Object[] results = new Object[n];
        run(n, i -> results[i] = function.apply(i));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }

    /** {@code action} for every item, on this thread and the common pool's, in no particular order. */
    public static <T> void forEach(List<? extends T> items, Consumer<? super T> action) {
        run(items.size(), i -> action.accept(items.get(i)));
    }

    private static void run(int n, IntConsumer action) {
        if (n == 0) {
            return;
        }
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1; // the pool's and this one
        int runLength = Math.max(1, Math.min(MAX_RUN, n / (threads * 8)));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable drain = () -> {
            try {
                for (int start; (start = next.getAndAdd(runLength)) < n; ) {
                    int end = Math.min(n, start + runLength);
                    for (int i = start; i < end; i++) {
                        action.accept(i);
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                next.set(n); // the others stop at their next run
            }
        };
        int helpers = Math.min(threads - 1, (n - 1) / runLength);
        Helpers started = new Helpers();
        for (int h = 0; h < helpers; h++) {
            ForkJoinPool.commonPool().execute(() -> {
                if (started.enter()) {
                    try {
                        drain.run();
                    } finally {
                        started.exit();
                    }
                }
            });
        }
        drain.run();
        // Waits for the helpers that are taking items, each within a run of its end; one the pool
        // has not started yet (its thread busy elsewhere) finds the work closed and does nothing.
        started.closeAndAwait();
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown); // a checked exception thrown sneakily; not expected
        }
    }

    /** The helpers working on one call's items; none may start once the caller has closed them. */
    private static final class Helpers {
        private int working;
        private boolean closed;

        synchronized boolean enter() {
            if (closed) {
                return false;
            }
            working++;
            return true;
        }

        synchronized void exit() {
            if (--working == 0) {
                notifyAll();
            }
        }

        synchronized void closeAndAwait() {
            closed = true;
            boolean interrupted = false;
            while (working > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers end within one run: finish waiting, then pass it on
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
