package org.warraq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The launcher's training run for its class-data sharing archive (JDK 17 AppCDS records the
 * classes one process loads). It builds a copy of a site the three ways a user's builds go: from
 * clean, after an edit to one article, and with nothing changed, since each takes paths the others
 * do not (parsing and rendering; reading the caches back): with this archive a build of the
 * repository's site that changed nothing loads no class from the jar. Building a copy keeps the
 * training's output manifest and caches out of the site's {@code .warraq-cache/}, where the
 * earlier training (one build of the site itself into a temporary folder) left a manifest for a
 * folder that no longer existed every time the jar changed.
 *
 * <p>Usage: {@code java -XX:ArchiveClassesAtExit=A -cp warraq.jar org.warraq.cli.TrainingRun SITE WORK}
 */
public final class TrainingRun {
    private TrainingRun() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(train(Path.of(args[0]), Path.of(args[1])));
    }

    /** Builds a copy of {@code site} made under {@code work} three times; the highest exit code of the builds. */
    static int train(Path site, Path work) throws IOException {
        Path source = work.resolve("source");
        for (String part : List.of("site.yaml", "content", "templates", "static")) {
            copy(site.resolve(part), source.resolve(part));
        }
        String[] build = {"build", "--source", source.toString(), "--output", work.resolve("site").toString(), "--quiet"};
        int status = build(build);
        Optional<Path> article = firstArticle(source.resolve("content"));
        if (article.isPresent()) {
            Files.writeString(article.get(), "\nA sentence added by the training run.\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            status = Math.max(status, build(build));
        }
        return Math.max(status, build(build));
    }

    private static int build(String[] args) {
        StringWriter ignored = new StringWriter();
        return Main.run(new PrintWriter(ignored), new PrintWriter(ignored), args);
    }

    private static Optional<Path> firstArticle(Path content) throws IOException {
        if (!Files.isDirectory(content)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(f -> f.toString().endsWith(".md") && f.getParent().getFileName().toString().equals("articles"))
                    .sorted().findFirst();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(f, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
