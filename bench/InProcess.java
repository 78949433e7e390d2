import java.nio.file.Files;
import java.nio.file.Path;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.build.BuildReport;

/**
 * Rebuild time inside one JVM, as the preview server sees it: one {@link BuildPipeline} builds
 * the site, then again after each of a few edits to one article.
 *
 * <p>Usage: {@code java -cp target/warraq.jar bench/InProcess.java SITE_DIR [EDITS]}
 */
public final class InProcess {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path output = source.resolveSibling(source.getFileName() + "-inprocess-out");
        BuildPipeline pipeline = new BuildPipeline();
        BuildOptions options = new BuildOptions(source, output, null, false);
        report("first build", pipeline.build(options));
        Path article = source.resolve("content/ar/articles/a-00000.md");
        for (int i = 1; i <= edits; i++) {
            Files.writeString(article, Files.readString(article) + "\nEdit " + i + " by bench/InProcess.\n");
            report("rebuild after edit " + i, pipeline.build(options));
        }
    }

    private static void report(String what, BuildReport r) {
        System.out.printf("%s: %d ms, %d files, %d unchanged; %s%n", what, r.totalMillis(), r.files(), r.reused(),
                r.timings().stream().map(t -> t.stage() + " " + t.millis()).reduce((a, b) -> a + " · " + b).orElse(""));
    }
}
