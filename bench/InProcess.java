import java.nio.file.Files;
import java.nio.file.Path;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.build.BuildReport;

/**
 * Rebuild time inside one JVM, as the preview server sees it: one {@link BuildPipeline} builds
 * the site, then again after each of a few edits to one article.
 *
 * <p>Usage: {@code java -cp target/warraq.jar bench/InProcess.java SITE_DIR [EDITS] [--replace]
 * [--preview | --watch]}. Each edit appends a sentence; with {@code --replace} it replaces the last edit's
 * sentence instead, so words also leave the article (its number: a term many articles hold loses
 * one). With {@code --preview} the builds are the preview's ({@code BuildPipeline.forPreview}:
 * caches saved in the background, the stage memo kept in memory, the output folder known without
 * listing it), each waiting for the last one's caches to be saved, as the pause before a refresh
 * lets them. With {@code --watch} they are {@code build --watch}'s ({@code BuildPipeline.forWatch}: the
 * preview's, checking the output folder first as a build does and updating it in place). The
 * article is restored at the end; a median of the rebuilds closes the output.
 */
public final class InProcess {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean replace = java.util.Arrays.asList(args).contains("--replace");
        boolean preview = java.util.Arrays.asList(args).contains("--preview");
        Path output = source.resolveSibling(source.getFileName() + "-inprocess-out");
        boolean watch = java.util.Arrays.asList(args).contains("--watch");
        BuildPipeline pipeline = preview ? BuildPipeline.forPreview(false)
                : watch ? BuildPipeline.forWatch(org.warraq.problem.Progress.NONE) : new BuildPipeline();
        BuildOptions options = new BuildOptions(source, output, null, false);
        report("first build", pipeline.build(options));
        Path article = source.resolve("content/ar/articles/a-00000.md");
        String original = Files.readString(article);
        java.util.List<Long> times = new java.util.ArrayList<>();
        try {
            for (int i = 1; i <= edits; i++) {
                pipeline.finishSaving(java.time.Duration.ofSeconds(60));
                String base = replace ? original : Files.readString(article);
                Files.writeString(article, base + "\nEdit " + i + " by bench/InProcess.\n");
                BuildReport r = pipeline.build(options);
                times.add(r.totalMillis());
                report("rebuild after edit " + i, r);
            }
        } finally {
            Files.writeString(article, original);
        }
        java.util.Collections.sort(times);
        if (!times.isEmpty()) {
            System.out.printf("median of %d rebuilds: %d ms (%d-%d)%n", times.size(), times.get(times.size() / 2),
                    times.get(0), times.get(times.size() - 1));
        }
    }

    private static void report(String what, BuildReport r) {
        System.out.printf("%s: %d ms, %d files, %d unchanged; %s%n", what, r.totalMillis(), r.files(), r.reused(),
                r.timings().stream().map(t -> t.stage() + " " + t.millis()).reduce((a, b) -> a + " · " + b).orElse(""));
    }
}
