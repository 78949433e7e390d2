package org.warraq.serve;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.warraq.build.ArticleEdits;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.build.BuildReport;
import org.warraq.build.LastBuild;

/**
 * The builds the preview runs: full builds, and article edits applied to the last good build
 * without one where that is possible. The one seam between serve and the build's stages.
 */
interface PreviewBuilds {
    /** A full build; throws BuildFailure when the sources have errors. */
    BuildReport build(BuildOptions options);

    /** A full build that stops (throwing BuildStopped) once {@code stop} says it is no longer wanted. */
    default BuildReport build(BuildOptions options, java.util.function.BooleanSupplier stop) {
        return build(options);
    }

    /** The edit of {@code paths} applied to {@code last}, or empty when it takes a full build. */
    Optional<ArticleEdits.Edit> edit(LastBuild last, Set<String> paths);

    /** Output files rewritten in place by an edit: the next full build must not take them over as they were. */
    void forget(Collection<String> outputPaths);

    /** The real thing: one pipeline for the whole session, keeping its caches in memory. */
    static PreviewBuilds of(BuildPipeline pipeline) {
        ArticleEdits edits = new ArticleEdits();
        return new PreviewBuilds() {
            @Override
            public BuildReport build(BuildOptions options) {
                return pipeline.build(options);
            }

            @Override
            public BuildReport build(BuildOptions options, java.util.function.BooleanSupplier stop) {
                return pipeline.build(options, stop);
            }

            @Override
            public Optional<ArticleEdits.Edit> edit(LastBuild last, Set<String> paths) {
                return edits.apply(last, paths);
            }

            @Override
            public void forget(Collection<String> outputPaths) {
                pipeline.forget(outputPaths);
            }
        };
    }

    /** Full builds only, by {@code build} (tests that slow builds down or count them). */
    static PreviewBuilds fullOnly(Function<BuildOptions, BuildReport> build) {
        return new PreviewBuilds() {
            @Override
            public BuildReport build(BuildOptions options) {
                return build.apply(options);
            }

            @Override
            public Optional<ArticleEdits.Edit> edit(LastBuild last, Set<String> paths) {
                return Optional.empty();
            }

            @Override
            public void forget(Collection<String> outputPaths) {
            }
        };
    }
}
