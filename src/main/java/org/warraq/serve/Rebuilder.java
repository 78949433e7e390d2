package org.warraq.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildReport;
import org.warraq.problem.BuildFailure;
import org.warraq.problem.Problem;

/**
 * Builds the site for the preview, one immutable version per good build.
 *
 * <p>The pipeline always writes to the same output folder, {@code out}, so a build cache keyed by
 * the output folder finds the previous output there and can take unchanged files over instead of
 * rendering and writing them again. A finished build is then renamed to a version folder of its
 * own ({@code v7}: one rename, nothing copied) and {@code out} becomes a symbolic link to it. The
 * next build reads the previous output through that link, writes a fresh folder and swaps it in
 * place of the link; the version being served is never touched. Where symbolic links cannot be
 * made, each build simply starts from an empty output.
 *
 * <p>A fresh folder means making every folder of the site and linking every file again: at
 * 10,000 articles 28,000 folders and 33,000 links per build, and as many deletions when the old
 * version goes; on a file system slow to reuse freed inodes, a background refresh took 5-16 s
 * (longer the more the session had deleted), of which rendering was under 2. So a version no one
 * serves any more is not deleted but kept as the {@linkplain #spare spare}: the next build takes
 * it for {@code out} and updates it in place.
 * Its unchanged files are links to the same files as the last build's (so the last build's
 * manifest, which the pipeline checks against each file's size and time, finds them intact);
 * whatever changed since is written again and whatever is gone is deleted, as in any build that
 * updates an output in place. A session that starts in a kept work
 * directory ({@link PreviewWorkDir}) finds the last session's build as the folder {@code out}
 * itself, served by no one: its first build updates it in place.
 *
 * <p>The {@code pipeline} function is the one seam to the build: serve knows nothing of its stages.
 */
final class Rebuilder {
    /**
     * A build that wrote more than one in this many of its files (half) rewrote much of the site (see
     * {@link #takeSpare}). An update in place renders again what the spare lacks; a fresh folder links
     * every file instead. At 10,000 articles here the two cost about the same per file: a fresh
     * folder of 33,000 files took 6-12 s, rendering 28,000 pages on two cores 11-19 s.
     */
    private static final int REWROTE_MUCH = 2;

    /** How often a build is retried when a source file vanished while it was being read. */
    private static final int VANISHED_RETRIES = 2;

    private final Path sourceDir;
    private final Path workDir;
    private final String baseUrl;
    private final boolean drafts;
    private final PreviewBuilds pipeline;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong counter = new AtomicLong();
    /** A finished build not published (overtaken by an edit), kept until the next build has taken over from it. */
    private SiteVersion unpublished;
    /** The folder of a version no one serves any more, for the next build to update in place; null when none. */
    private final java.util.concurrent.atomic.AtomicReference<Path> spare = new java.util.concurrent.atomic.AtomicReference<>();
    /** Set once the session ends (see {@link #keepSpare}). */
    private volatile boolean closing;
    /** Whether the last good build wrote many of its files (a template or site.yaml edited): see {@link #takeSpare}. */
    private boolean lastRewroteMuch;

    /** What a build produced: a version to publish, or the lines to show instead, or nothing (stopped on request). */
    record Outcome(SiteVersion version, BuildReport report, List<String> problems, boolean stopped) {
        Outcome {
            problems = List.copyOf(problems);
        }

        boolean ok() {
            return version != null;
        }
    }

    Rebuilder(Path sourceDir, Path workDir, String baseUrl, boolean drafts, PreviewBuilds pipeline) {
        this.sourceDir = sourceDir;
        this.workDir = workDir;
        this.baseUrl = baseUrl;
        this.drafts = drafts;
        this.pipeline = pipeline;
        Path kept = workDir.resolve(PreviewWorkDir.SPARE);
        if (Files.isDirectory(kept, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            spare.set(kept); // left by the last session: its first build leaves it, the first refresh takes it
        }
    }

    /**
     * At the session's end, moves the spare to where the next session's Rebuilder finds it; versions
     * released from now on are deleted, not kept.
     */
    void keepSpare() {
        closing = true;
        Path folder = spare.getAndSet(null);
        Path kept = workDir.resolve(PreviewWorkDir.SPARE);
        if (folder == null || folder.equals(kept)) {
            return;
        }
        try {
            SiteVersion.deleteTree(kept);
            Files.move(folder, kept, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            SiteVersion.deleteLater(folder); // the next session's first refresh writes a fresh folder
        }
    }

    /** An empty version to serve before the first build succeeds. */
    SiteVersion empty() {
        Path dir = workDir.resolve("v0");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the preview's work directory " + dir + ": " + e.getMessage(), e);
        }
        return new SiteVersion(runId + "-0", dir);
    }

    /** Builds the site as a new version; never throws for problems in the sources. */
    synchronized Outcome build(ChangeBatch changes) {
        return build(changes, () -> false);
    }

    /** As {@link #build(ChangeBatch)}, stopping early (an outcome that is {@code stopped}) once {@code stop} says so. */
    synchronized Outcome build(ChangeBatch changes, java.util.function.BooleanSupplier stop) {
        Path out = workDir.resolve("out");
        takeSpare(out);
        for (int attempt = 0; ; attempt++) {
            try {
                BuildReport report = pipeline.build(new BuildOptions(sourceDir, out, baseUrl, drafts), stop);
                lastRewroteMuch = (long) (report.files() - report.reused()) * REWROTE_MUCH > report.files();
                long n = counter.incrementAndGet();
                SiteVersion version = new SiteVersion(runId + "-" + n, keep(out, workDir.resolve("v" + n)), this::recycle);
                dropUnpublished();
                return new Outcome(version, report, List.of(), false);
            } catch (org.warraq.problem.BuildStopped stopped) {
                return new Outcome(null, null, List.of(), true);
            } catch (BuildFailure failure) {
                return failed(failure.problems().stream().filter(Problem::isError).map(Problem::format).toList());
            } catch (RuntimeException | StackOverflowError e) {
                if (vanished(e) && attempt < VANISHED_RETRIES) {
                    continue;
                }
                return failed(List.of(describe(e)));
            }
        }
    }

    /**
     * Keeps a good build that will not be published: the next build takes unchanged files over
     * from it (its output folder is where {@code out} leads), then it is deleted.
     */
    synchronized void unpublished(SiteVersion version) {
        dropUnpublished();
        unpublished = version;
    }

    private synchronized void dropUnpublished() {
        if (unpublished != null) {
            unpublished.release();
            unpublished = null;
        }
    }

    /**
     * Keeps the folder of a version released for good as the spare (one at a time: the newer, which
     * differs least from the next build), deleting the one it replaces.
     */
    private void recycle(Path folder) {
        if (closing) {
            SiteVersion.deleteLater(folder);
            return;
        }
        Path replaced = spare.getAndSet(folder);
        if (replaced != null) {
            SiteVersion.deleteLater(replaced);
        }
    }

    /**
     * Puts the spare folder where {@code out} links to the last build, so that the build updates
     * it in place. Not when {@code out} is no link (a kept session's first build, or a build that
     * failed after taking the spare: either updates that folder in place, and the spare waits for
     * the next build) or the spare cannot be moved (the build then writes a fresh folder, as
     * without a spare); nor after a build that wrote much of the site anew: the spare, a build
     * before it, then lacks most of the last build's files, which an update in place renders again
     * where a fresh folder links them.
     */
    private void takeSpare(Path out) {
        Path folder = spare.getAndSet(null);
        if (folder == null) {
            return;
        }
        if (!Files.isSymbolicLink(out)) {
            if (!spare.compareAndSet(null, folder)) { // kept for the next build, unless a newer one came meanwhile
                SiteVersion.deleteLater(folder);
            }
            return;
        }
        if (lastRewroteMuch) {
            SiteVersion.deleteLater(folder);
            return;
        }
        try {
            Path last = Files.readSymbolicLink(out);
            Files.delete(out);
            try {
                Files.move(folder, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.createSymbolicLink(out, last);
                SiteVersion.deleteLater(folder);
            }
        } catch (IOException | UnsupportedOperationException e) {
            SiteVersion.deleteLater(folder); // the link stays, or the build starts from an empty output: only slower
        }
    }

    /** Renames the finished output to its version folder and links {@code out} to it for the next build. */
    private static Path keep(Path out, Path version) {
        try {
            Files.move(out, version, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the build in " + version + ": " + e.getMessage(), e);
        }
        try {
            Files.createSymbolicLink(out, out.getParent().relativize(version));
        } catch (IOException | UnsupportedOperationException e) {
            // No links here: the next build writes every file afresh, which is only slower.
        }
        return version;
    }

    private Outcome failed(List<String> problems) {
        return new Outcome(null, null, problems, false);
    }

    /** A file or folder disappeared between listing and reading (an editor's save): try again. */
    private static boolean vanished(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
