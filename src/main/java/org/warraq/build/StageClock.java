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

    /** The result of a stage that ran {@code beside} the ones timed here, with the time it took there. */
    <T> T record(String stage, Beside<T> beside) {
        try {
            return beside.join();
        } finally {
            timings.add(new StageTiming(stage, beside.millis()));
        }
    }

    List<StageTiming> timings() {
        return List.copyOf(timings);
    }
}
