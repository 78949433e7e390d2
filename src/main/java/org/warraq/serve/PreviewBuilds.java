package org.warraq.serve;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.warraq.build.ArticleEdits;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.build.BuildReport;
import org.warraq.build.LastBuild;

/**
 * The builds the preview runs: full builds, and article edits applied to the last good build
 * without one where that is possible. The one seam between serve and the build's stages; tests
 * put their own parts in (a full build held back, a quick path that fails).
 *
 * @param full       a full build that stops (throwing BuildStopped) once its {@code stop} says it is
 *                   no longer wanted; throws BuildFailure when the sources have errors
 * @param quick      the edit of some source paths applied to the last build, or empty when it takes a full build
 * @param forgetting told of output files rewritten in place by an edit: the next full build must
 *                   not take them over as they were
 * @param finishing  run when the session ends, after its last build: waits for caches still being saved
 */
record PreviewBuilds(FullBuild full, QuickEdit quick, Consumer<Collection<String>> forgetting, Runnable finishing) {
    /** Builds with nothing to finish at the end of a session. */
    PreviewBuilds(FullBuild full, QuickEdit quick, Consumer<Collection<String>> forgetting) {
        this(full, quick, forgetting, () -> { });
    }

    /** A full build, told when to stop. */
    interface FullBuild {
        BuildReport build(BuildOptions options, BooleanSupplier stop);
    }

    /** The quick path: an edit, or empty for a full build. */
    interface QuickEdit {
        Optional<ArticleEdits.Edit> apply(LastBuild last, Set<String> paths);
    }

    /** How long the end of a session waits for caches being saved (at 10,000 articles they take about 2 s). */
    private static final java.time.Duration SAVING_AT_MOST = java.time.Duration.ofSeconds(30);

    /** The real thing: one pipeline for the whole session, keeping its caches in memory. */
    static PreviewBuilds of(BuildPipeline pipeline) {
        // A save cut off by the end of the process would cost the next session a full build.
        return new PreviewBuilds(pipeline::build, new ArticleEdits()::apply, pipeline::forget,
                () -> pipeline.finishSaving(SAVING_AT_MOST));
    }

    /** Full builds only, by {@code build} (tests that slow builds down or count them). */
    static PreviewBuilds fullOnly(Function<BuildOptions, BuildReport> build) {
        return new PreviewBuilds((options, stop) -> build.apply(options), (last, paths) -> Optional.empty(), paths -> { });
    }

    BuildReport build(BuildOptions options) {
        return full.build(options, () -> false);
    }

    BuildReport build(BuildOptions options, BooleanSupplier stop) {
        return full.build(options, stop);
    }

    Optional<ArticleEdits.Edit> edit(LastBuild last, Set<String> paths) {
        return quick.apply(last, paths);
    }

    void forget(Collection<String> outputPaths) {
        forgetting.accept(outputPaths);
    }

    void finish() {
        finishing.run();
    }
}
