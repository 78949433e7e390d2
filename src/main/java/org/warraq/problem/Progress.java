package org.warraq.problem;

/**
 * Hears how far a long stage is: its name, how many items it has, and each item done. Stages
 * call it from many threads at once. Lives beside {@link Problem} because it, too, is something
 * every stage reports back, and so every stage may use it.
 */
public interface Progress {
    /** Ignores everything: builds in tests, in the preview server, or with output not on a terminal. */
    Progress NONE = new Progress() {
        @Override
        public void start(String stage, int total) {
        }

        @Override
        public void advance() {
        }

        @Override
        public void finish() {
        }
    };

    /** A stage begins with {@code total} items. */
    void start(String stage, int total);

    /** One item is done; thread-safe. */
    void advance();

    /** The stage is over. */
    void finish();

    /**
     * {@code inner}, with every step a point where the build stops (throwing {@link BuildStopped})
     * once {@code stop} says so: the long stages report a step per item, so a build that is no
     * longer wanted gives its cores back within milliseconds.
     */
    static Progress stoppable(Progress inner, java.util.function.BooleanSupplier stop) {
        return new Progress() {
            @Override
            public void start(String stage, int total) {
                check();
                inner.start(stage, total);
            }

            @Override
            public void advance() {
                check();
                inner.advance();
            }

            @Override
            public void finish() {
                inner.finish();
            }

            private void check() {
                if (stop.getAsBoolean()) {
                    throw new BuildStopped();
                }
            }
        };
    }
}
