package org.warraq.serve;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.warraq.build.ArticleEdits;
import org.warraq.build.LastBuild;
import org.warraq.model.OutputFile;
import org.warraq.output.OutputWriter;

/**
 * The live state of a previewed site: rebuilds on changes, publishes a good build, or keeps the
 * last good one and shows what went wrong, then tells open pages over {@link ReloadEvents}.
 * It logs each rebuild with the time from the first change seen to the new build being served (the
 * reload event follows at once).
 *
 * <p>An edit of articles that keeps their addresses, dates, topics and tags takes the quick path:
 * the few files it changes are rewritten in the build being served, in milliseconds. What such an
 * edit cannot update at once (related-article lists and the search index, which depend on every
 * article's words) comes with a full build in the background, started once the sources have been
 * quiet for {@link #REFRESH_DELAY_MILLIS} ms; it is published without reloading open pages. Any
 * change arriving meanwhile stops it (its result would be out of date), so it never holds up the
 * next edit; the next refresh covers both.
 */
final class LiveSite implements AutoCloseable {
    /** A pause in typing, so the background build does not compete with the next quick edit. */
    static final long REFRESH_DELAY_MILLIS = 1_000;

    private final Rebuilder rebuilder;
    private final PreviewBuilds builds;
    private final SiteVersions versions;
    private final ReloadEvents events;
    private final PrintWriter log;
    private volatile List<String> problems = List.of();
    /** Guards what is served: the quick path, the full builds and the refresh publish under it. */
    private final Object serving = new Object();
    /** Bumped by everything published; a refresh publishes only if nothing was since it began. */
    private long generation;
    /** What the build being served was made from; null while it is unknown or the last build failed. */
    private LastBuild served;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            PreviewServer.daemonThreads("warraq-refresh"));
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    /** Counts batches of changes handed over; a refresh stops when it moves. */
    private final java.util.concurrent.atomic.AtomicLong batches = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean closed;

    LiveSite(Rebuilder rebuilder, PreviewBuilds builds, SiteVersions versions, ReloadEvents events, PrintWriter log) {
        this.rebuilder = rebuilder;
        this.builds = builds;
        this.versions = versions;
        this.events = events;
        this.log = log;
    }

    /** The problems of the last build, empty while the last build succeeded. */
    List<String> problems() {
        return problems;
    }

    /** The first build, before the server answers; its warnings are listed in full. */
    void initialBuild() {
        ChangeBatch startup = new ChangeBatch(Set.of("startup"), System.nanoTime());
        Rebuilder.Outcome outcome = rebuilder.build(startup);
        if (outcome.ok()) {
            outcome.report().warnings().forEach(w -> log.println("warning: " + w.format()));
        }
        publish(outcome, startup, "built");
    }

    /** Rebuilds for a batch of changes; called on one thread at a time. */
    void rebuild(ChangeBatch changes) {
        batches.incrementAndGet(); // first: a background build running now stops and frees the cores
        if (!quickEdit(changes)) {
            Rebuilder.Outcome outcome = rebuilder.build(changes, () -> closed);
            if (!outcome.stopped()) {
                publish(outcome, changes, "rebuilt");
            }
        }
    }

    /** Applies the changes to the build being served without a full build, if they allow it. */
    private boolean quickEdit(ChangeBatch changes) {
        synchronized (serving) {
            if (served == null) {
                return false;
            }
            long start = System.nanoTime();
            Optional<ArticleEdits.Edit> edit;
            try {
                edit = builds.edit(served, changes.paths());
            } catch (RuntimeException e) {
                // Whatever went wrong, the full build does the same work and reports it properly.
                return false;
            }
            if (edit.isEmpty()) {
                return false;
            }
            long edited = System.nanoTime();
            List<String> paths = edit.get().files().stream().map(OutputFile::path).toList();
            // Before writing: a full build running now must not take these files over as they were.
            builds.forget(paths);
            SiteVersion version = versions.acquire();
            if (version == null) {
                return true; // closed
            }
            try {
                OutputWriter.replaceFiles(version.root(), edit.get().files());
                version.revise();
            } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
                return false; // a full build writes a new version instead of this half-updated one
            } finally {
                version.release();
            }
            served = edit.get().after();
            generation++;
            problems = List.of();
            log.printf("updated in %d ms (edit %d ms, write %d ms; %d files: %s; related articles and search follow) after %s%n",
                    sinceMillis(changes.firstSeenNanos()), (edited - start) / 1_000_000, sinceMillis(edited), paths.size(),
                    shortList(paths), changes.describe());
            log.flush();
            events.reload(version.id());
        }
        scheduleRefresh();
        return true;
    }

    /** A full build in the background, once the sources have been quiet for a moment; one queued at a time. */
    private void scheduleRefresh() {
        if (!closed && refreshQueued.compareAndSet(false, true)) {
            refresher.schedule(this::refresh, REFRESH_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void refresh() {
        refreshQueued.set(false);
        long startedAt = System.nanoTime();
        long before;
        synchronized (serving) {
            before = generation;
        }
        long batch = batches.get();
        Rebuilder.Outcome outcome = rebuilder.build(new ChangeBatch(Set.of("refresh"), startedAt),
                () -> closed || batches.get() != batch);
        synchronized (serving) {
            if (closed || outcome.stopped()) {
                return;
            }
            if (!outcome.ok() || generation != before) {
                // Overtaken by a later edit, whose own refresh follows; or errors, which a change's
                // own build reports.
                if (outcome.ok()) {
                    rebuilder.unpublished(outcome.version());
                }
                return;
            }
            versions.publish(outcome.version());
            served = outcome.report().lastBuild();
            generation++;
            log.printf("refreshed in %d ms (build %d ms): related articles and search index up to date%n",
                    sinceMillis(startedAt), outcome.report().totalMillis());
            log.flush();
        }
    }

    /** Publishes or keeps the last good build; the log line comes before the event, so whoever sees the event can read it. */
    private void publish(Rebuilder.Outcome outcome, ChangeBatch changes, String verb) {
        synchronized (serving) {
            generation++;
            if (outcome.ok()) {
                problems = List.of();
                served = outcome.report().lastBuild();
                versions.publish(outcome.version());
                log.printf("%s in %d ms (build %d ms: %s; %d files, %d unchanged, %s) after %s%n", verb,
                        sinceMillis(changes.firstSeenNanos()), outcome.report().totalMillis(), stages(outcome),
                        outcome.report().files(), outcome.report().reused(), warnings(outcome), changes.describe());
                log.flush();
                events.reload(outcome.version().id());
            } else {
                problems = outcome.problems();
                served = null; // edits go through full builds until the sources build again
                log.printf("%s failed in %d ms after %s — %s:%n", verb.equals("built") ? "build" : "rebuild",
                        sinceMillis(changes.firstSeenNanos()), changes.describe(), verb.equals("built")
                                ? "fix the sources and open pages reload by themselves" : "still serving the last good build");
                outcome.problems().forEach(line -> log.println("  " + line));
                log.flush();
                events.problems(outcome.problems());
            }
        }
    }

    private static String shortList(List<String> paths) {
        return paths.size() <= 3 ? String.join(", ", paths)
                : String.join(", ", paths.subList(0, 3)) + " and " + (paths.size() - 3) + " more";
    }

    private static String warnings(Rebuilder.Outcome outcome) {
        int count = outcome.report().warnings().size();
        return count + (count == 1 ? " warning" : " warnings");
    }

    private static String stages(Rebuilder.Outcome outcome) {
        return outcome.report().timings().stream().map(t -> t.stage() + " " + t.millis())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    private static long sinceMillis(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** Stops building: a build running now stops at its next step, and is waited for (it writes into the work directory). */
    @Override
    public void close() {
        closed = true;
        refresher.shutdownNow();
        try {
            refresher.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
