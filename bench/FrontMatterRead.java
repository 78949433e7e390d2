import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.warraq.config.YamlMapping;
import org.warraq.content.FrontMatter;

/**
 * Time to read every article's front matter of a site, on one thread, in one JVM: the YAML part
 * of the content stage, without file reads and Markdown. Each round reads them all again; the
 * later rounds show the compiled code.
 *
 * <p>Usage: {@code java -cp target/warraq.jar bench/FrontMatterRead.java SITE_DIR [ROUNDS]}
 */
public final class FrontMatterRead {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0], "content");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<String> blocks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md") && p.toString().contains("/articles/")).sorted().toList()) {
                String text = Files.readString(file);
                int end = text.indexOf("\n---", 4);
                if (text.startsWith("---\n") && end > 0) {
                    blocks.add(text.substring(4, end + 1));
                }
            }
        }
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            int read = 0;
            for (String yaml : blocks) {
                if (YamlMapping.read(yaml, FrontMatter.Article.class, "front matter", 2).ok()) {
                    read++;
                }
            }
            System.out.printf("round %d: %d of %d front matters read in %d ms%n", round, read, blocks.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
