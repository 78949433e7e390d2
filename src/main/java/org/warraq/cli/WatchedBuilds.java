package org.warraq.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.build.BuildReport;
import org.warraq.serve.SourceWatch;

/**
 * {@code warraq build --watch}: builds the site, then builds it again into the same output after
 * every change of its sources, until stopped. One pipeline keeps what each build learnt in memory,
 * as the preview's does, so a rebuild redoes only what the change reaches instead of reading the
 * caches and passing over every article again in a new process. A build that fails prints its
 * problems and leaves the last good output as it was; watching goes on, and the fix builds.
 *
 * <p>The site's build lock is held while watching: the output folder is the watch's, and a
 * {@code warraq build} of the same site started beside it waits (and says so) instead of changing
 * files under it.
 */
final class WatchedBuilds {
    /** What a failed build's line ends with: nothing of the output changed, and the watch goes on. */
    private static final String KEPT = ". The output is unchanged; watching for the next change.";
    /** How long stopping waits for caches being saved, so the next process finds them. */
    private static final Duration SAVING_AT_MOST = Duration.ofSeconds(30);

    private final BuildOptions options;
    private final BuildPipeline pipeline;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean debug;

    WatchedBuilds(BuildOptions options, PrintWriter out, PrintWriter err, boolean quiet, boolean debug) {
        this.options = options;
        this.pipeline = BuildPipeline.forWatch(TerminalProgress.forConsole(err, quiet));
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.debug = debug;
    }

    /** Builds, then watches until interrupted or the process ends; returns the exit code. */
    int run() {
        Thread saveOnExit = new Thread(() -> pipeline.finishSaving(SAVING_AT_MOST), "warraq-watch-exit");
        try (BuildLock lock = BuildLock.acquire(options.sourceDir(), err)) {
            Throwable[] ended = new Throwable[1];
            SourceWatch watch = SourceWatch.start(options.sourceDir(), () -> ended[0] = firstBuild(), this::rebuild);
            try (watch) {
                // The output folder cannot be this site's, or the heap is too small for it: nothing to watch for.
                if (ended[0] instanceof RuntimeException e) {
                    throw e;
                } else if (ended[0] instanceof Error e) {
                    throw e;
                }
                if (!quiet) {
                    out.println("Watching site.yaml, content/, templates/ and static/ (" + watch.folderCount()
                            + " folders); each change builds " + options.outputDir().normalize() + " again. Press Ctrl-C to stop.");
                    out.flush();
                }
                Runtime.getRuntime().addShutdownHook(saveOnExit);
                new CountDownLatch(1).await(); // until Ctrl-C ends the process (or a test interrupts it)
            } catch (InterruptedException stopped) {
                Runtime.getRuntime().removeShutdownHook(saveOnExit);
            }
        }
        pipeline.finishSaving(SAVING_AT_MOST);
        return 0;
    }

    /**
     * The first build: reported as {@code warraq build} reports it. Returns what ends the command
     * instead of watching, to be thrown on its own thread: the output folder refused, or the heap
     * exhausted (which {@link Main} reports); null otherwise.
     */
    private Throwable firstBuild() {
        try {
            BuildReport report = pipeline.build(options);
            Reports.problems(err, report.problems());
            if (!quiet) {
                Reports.summary(out, report, options.outputDir().normalize().toString());
            }
        } catch (IllegalArgumentException | OutOfMemoryError ending) {
            return ending;
        } catch (RuntimeException e) {
            Failures.report(e, err, debug, KEPT);
        }
        flush();
        return null;
    }

    /** A build after the changes {@code described}: one line for it, and its problems. */
    private void rebuild(String described) {
        try {
            BuildReport report = pipeline.build(options);
            Reports.problems(err, report.problems());
            if (!quiet) {
                out.printf("Rebuilt %s after %s: %d files (%d unchanged) in %d ms%n", options.outputDir().normalize(),
                        described, report.files(), report.reused(), report.totalMillis());
            }
        } catch (RuntimeException e) {
            Failures.report(e, err, debug, KEPT);
        } catch (OutOfMemoryError e) {
            // Thrown on the watch's own thread, it would end that thread's task unseen, and the
            // author would wait for a build that never comes.
            err.println(Main.outOfMemory("build --watch", "the output is unchanged, watching for the next change"));
        }
        flush();
    }

    private void flush() {
        out.flush();
        err.flush();
    }
}
