package org.warraq.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Times the stages of one build, in the order they run. */
final class StageClock {
    private final List<StageTiming> timings = new ArrayList<>();

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            timings.add(new StageTiming(stage, (System.nanoTime() - start) / 1_000_000));
        }
    }

    List<StageTiming> timings() {
        return List.copyOf(timings);
    }
}
