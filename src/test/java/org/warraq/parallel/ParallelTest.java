package org.warraq.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void resultsComeBackInTheItemsOrderWhateverTheScheduling() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        List<String> results = Parallel.map(items, i -> {
            if (i % 97 == 0) {
                Thread.onSpinWait(); // uneven costs, so threads interleave
            }
            return "item " + i;
        });
        assertEquals(IntStream.range(0, 10_000).mapToObj(i -> "item " + i).toList(), results);
    }

    @Test
    void everyIndexIsWorkedOnExactlyOnce() {
        int n = 5_003; // not a multiple of any run length
        AtomicIntegerArray visits = new AtomicIntegerArray(n);
        Parallel.forEach(IntStream.range(0, n).boxed().toList(), visits::incrementAndGet);
        for (int i = 0; i < n; i++) {
            assertEquals(1, visits.get(i), "index " + i);
        }
        assertEquals(List.of(0, 1, 4, 9), Parallel.mapIndices(4, i -> i * i));
        assertEquals(List.of(), Parallel.map(List.of(), x -> x));
    }

    @Test
    void bothCoresWorkWhenThereAreTwo() throws InterruptedException {
        // On a machine with a pool thread, an item that waits for another item to start can only
        // finish when a second thread takes it: one thread alone would wait forever (here, 30 s).
        org.junit.jupiter.api.Assumptions.assumeTrue(java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() >= 1);
        CountDownLatch started = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Boolean> met = Parallel.map(List.of(1, 2), i -> {
            threads.add(Thread.currentThread().getName());
            started.countDown();
            try {
                return started.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        assertEquals(List.of(true, true), met);
        assertEquals(2, threads.size(), threads::toString);
    }

    @Test
    void aBusyPoolDoesNotHoldTheCallerWhoseWorkIsDone() throws InterruptedException {
        // Every pool thread waits on a latch; the caller works through all items alone and must
        // not then wait for helpers the pool cannot start until the latch opens.
        int poolThreads = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch occupied = new CountDownLatch(poolThreads);
        CountDownLatch release = new CountDownLatch(1);
        for (int t = 0; t < poolThreads; t++) {
            java.util.concurrent.ForkJoinPool.commonPool().execute(() -> {
                occupied.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            assertTrue(occupied.await(30, TimeUnit.SECONDS), "the pool's threads never started");
            List<Integer> doubled = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                    () -> Parallel.map(IntStream.range(0, 1_000).boxed().toList(), i -> 2 * i));
            assertEquals(IntStream.range(0, 1_000).map(i -> 2 * i).boxed().toList(), doubled);
        } finally {
            release.countDown();
        }
    }

    @Test
    void theFirstFailureIsRethrownAsItWasThrownAndStopsTheRest() {
        IllegalArgumentException failure = new IllegalArgumentException("bad item 10");
        AtomicInteger worked = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 100_000).boxed().toList();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Parallel.map(items, i -> {
            worked.incrementAndGet();
            if (i == 10) {
                throw failure;
            }
            return i;
        }));
        assertSame(failure, thrown);
        assertTrue(worked.get() < items.size(), () -> "every item was still worked on: " + worked.get());
    }

    @Test
    void workOnAllCoresCanItselfWorkOnAllCores() {
        List<Integer> outer = IntStream.range(0, 40).boxed().toList();
        List<Integer> sums = Parallel.map(outer, i ->
                Parallel.map(IntStream.range(0, 500).boxed().toList(), j -> i * j).stream().mapToInt(Integer::intValue).sum());
        assertEquals(outer.stream().map(i -> i * (499 * 500 / 2)).toList(), sums);
    }
}
