package org.warraq.problem;

/**
 * A build stopped on request because its result is no longer wanted (the preview's background
 * build, overtaken by a newer edit). Nothing is written: the output stays as it was.
 */
public final class BuildStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BuildStopped() {
        super("build stopped: its result was no longer wanted", null, false, false);
    }
}
