package org.warraq.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.build.BuildReport;
import org.warraq.problem.BuildFailure;
import org.warraq.problem.Problem;

/**
 * Builds the site into a new directory of its own under the work area for every version, so a
 * build in progress never touches the directory being served. Today every build is a full
 * {@link BuildPipeline#run}; an incremental builder can take the {@link ChangeBatch} later.
 */
final class Rebuilder {
    /** How often a build is retried when a source file vanished while it was being read. */
    private static final int VANISHED_RETRIES = 2;

    private final Path sourceDir;
    private final Path workDir;
    private final String baseUrl;
    private final boolean drafts;
    private final Function<BuildOptions, BuildReport> pipeline;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong counter = new AtomicLong();

    /** What a build produced: a version to publish, or the lines to show instead. */
    record Outcome(SiteVersion version, BuildReport report, List<String> problems) {
        Outcome {
            problems = List.copyOf(problems);
        }

        boolean ok() {
            return version != null;
        }
    }

    Rebuilder(Path sourceDir, Path workDir, String baseUrl, boolean drafts, Function<BuildOptions, BuildReport> pipeline) {
        this.sourceDir = sourceDir;
        this.workDir = workDir;
        this.baseUrl = baseUrl;
        this.drafts = drafts;
        this.pipeline = pipeline;
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

    /** Builds the whole site as a new version; never throws for problems in the sources. */
    Outcome build(ChangeBatch changes) {
        for (int attempt = 0; ; attempt++) {
            long n = counter.incrementAndGet();
            Path dir = workDir.resolve("v" + n);
            try {
                BuildReport report = pipeline.apply(new BuildOptions(sourceDir, dir, baseUrl, drafts));
                return new Outcome(new SiteVersion(runId + "-" + n, dir), report, List.of());
            } catch (BuildFailure failure) {
                return failed(dir, failure.problems().stream().filter(Problem::isError).map(Problem::format).toList());
            } catch (RuntimeException | StackOverflowError e) {
                if (vanished(e) && attempt < VANISHED_RETRIES) {
                    SiteVersion.deleteTree(dir);
                    continue;
                }
                return failed(dir, List.of(describe(e)));
            }
        }
    }

    private Outcome failed(Path dir, List<String> problems) {
        SiteVersion.deleteTree(dir);
        SiteVersion.deleteTree(dir.resolveSibling("." + dir.getFileName() + ".new"));
        return new Outcome(null, null, problems);
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
        String where = e instanceof org.warraq.render.Templates.TemplateFailure t ? t.template() + ": " : "";
        return where + (e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
