package org.warraq.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.warraq.cli.Main;

/**
 * A small site written inline by a test (Hugo's txtar style, as path/text pairs), built through
 * the real CLI. {@code TestSite.of(dir, "site.yaml", "...", "content/ar/articles/a.md", "...")}.
 */
public final class TestSite {
    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** Writes the files under {@code root} and returns the site. */
    public static TestSite of(Path root, String... pathsAndTexts) {
        return new TestSite(root).writeAll(pathsAndTexts);
    }

    /** Copies a fixture site from src/test/resources/sites/NAME into {@code root}. */
    public static TestSite fixture(String name, Path root) {
        Trees.copy(Path.of("src/test/resources/sites", name), root);
        return new TestSite(root);
    }

    /** A minimal two-language site.yaml (ar default, en). */
    public static String siteYaml() {
        return """
                title: {ar: موقع, en: Site}
                baseURL: https://example.org/
                defaultLanguage: ar
                languages:
                  - {code: ar, name: العربية, direction: rtl, locale: ar, weight: 1, numerals: arab}
                  - {code: en, name: English, direction: ltr, locale: en, weight: 2}
                topics: [coalition-meetings]
                """;
    }

    /** Writes more path/text pairs. */
    public TestSite writeAll(String... pathsAndTexts) {
        if (pathsAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("paths and texts come in pairs");
        }
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            write(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return this;
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("site");
    }

    /** Deletes the site's .warraq-cache/, so that the next build is a clean one. */
    public TestSite deleteCache() {
        Path cache = root.resolve(".warraq-cache");
        if (Files.exists(cache)) {
            try (Stream<Path> files = Files.walk(cache)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    public TestSite write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite write(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Runs {@code warraq <args> --source root}. */
    public Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--source");
        all.add(root.toString());
        return Cli.run(all.toArray(String[]::new));
    }

    /** Runs {@code warraq build --source root} plus extra arguments. */
    public Run build(String... extra) {
        List<String> all = new ArrayList<>(List.of("build"));
        all.addAll(List.of(extra));
        return run(all.toArray(String[]::new));
    }

    /** A built file's text. */
    public String read(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a CLI run printed and returned. */
    public record Run(int exitCode, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    /** Runs the CLI in-process. */
    public static final class Cli {
        private Cli() {
        }

        public static Run run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Run(code, out.toString(), err.toString());
        }
    }
}
