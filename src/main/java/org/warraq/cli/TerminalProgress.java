package org.warraq.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.warraq.problem.Progress;

/**
 * Progress on a terminal: one line, rewritten in place at most ten times a second,
 * "render 5120/17000", cleared when the stage ends. Only used when a person is watching.
 */
final class TerminalProgress implements Progress {
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String stage = "";
    private volatile int total;
    private volatile long lastPrint;

    TerminalProgress(PrintWriter out) {
        this.out = out;
    }

    /** Progress on {@code out} if this process talks to a terminal and was not asked to be quiet. */
    static Progress forConsole(PrintWriter out, boolean quiet) {
        return System.console() != null && !quiet ? new TerminalProgress(out) : Progress.NONE;
    }

    @Override
    public void start(String stage, int total) {
        this.stage = stage;
        this.total = total;
        done.set(0);
        lastPrint = System.nanoTime();
    }

    @Override
    public void advance() {
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        long last = lastPrint;
        if (now - last >= INTERVAL_NANOS && total > 0) {
            synchronized (this) {
                if (lastPrint == last) {
                    lastPrint = now;
                    out.print("\r" + stage + " " + n + "/" + total + "\u001b[K");
                    out.flush();
                }
            }
        }
    }

    @Override
    public synchronized void finish() {
        out.print("\r\u001b[K");
        out.flush();
    }
}
