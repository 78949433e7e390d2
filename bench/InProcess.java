import java.nio.file.Files;
import java.nio.file.Path;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.build.BuildReport;

/**
 * Rebuild time inside one JVM, as the preview server sees it: one {@link BuildPipeline} builds
 * the site, then again after each of a few edits to one article.
 *
 * <p>Usage: {@code java -cp target/warraq.jar bench/InProcess.java SITE_DIR [EDITS] [--replace]}. Each
 * edit appends a sentence; with {@code --replace} it replaces the last edit's sentence instead, so
 * words also leave the article (its number: a term many articles hold loses one). The article is
 * restored at the end.
 */
public final class InProcess {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean replace = java.util.Arrays.asList(args).contains("--replace");
        Path output = source.resolveSibling(source.getFileName() + "-inprocess-out");
        BuildPipeline pipeline = new BuildPipeline();
        BuildOptions options = new BuildOptions(source, output, null, false);
        report("first build", pipeline.build(options));
        Path article = source.resolve("content/ar/articles/a-00000.md");
        String original = Files.readString(article);
        try {
            for (int i = 1; i <= edits; i++) {
                String base = replace ? original : Files.readString(article);
                Files.writeString(article, base + "\nEdit " + i + " by bench/InProcess.\n");
                report("rebuild after edit " + i, pipeline.build(options));
            }
        } finally {
            Files.writeString(article, original);
        }
    }

    private static void report(String what, BuildReport r) {
        System.out.printf("%s: %d ms, %d files, %d unchanged; %s%n", what, r.totalMillis(), r.files(), r.reused(),
                r.timings().stream().map(t -> t.stage() + " " + t.millis()).reduce((a, b) -> a + " · " + b).orElse(""));
    }
}
