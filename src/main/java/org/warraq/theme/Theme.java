package org.warraq.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.warraq.problem.Problem;

/**
 * Where a site's templates and static files come from: the site's own {@code templates/} and
 * {@code static/} folders, file by file, and for every file they lack the default theme packaged
 * in the jar. So a site can add one message file or a logo without copying the whole theme.
 */
public record Theme(Path templatesDir, Path staticDir) {
    static final String JAR_ROOT = "theme/";

    /** The theme for the site in {@code sourceDir}. A null directory means "from the jar". */
    public static Theme of(Path sourceDir) {
        Path templates = sourceDir.resolve("templates");
        Path statics = sourceDir.resolve("static");
        return new Theme(Files.isDirectory(templates) ? templates : null, Files.isDirectory(statics) ? statics : null);
    }

    /** A file of the site's own templates folder ("i18n/ar.properties"), if it has one. */
    public Optional<byte[]> siteTemplateFile(String relative) {
        try {
            Path file = templatesDir == null ? null : templatesDir.resolve(relative);
            return file != null && Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the default theme's templates folder ("i18n/ar.properties"), if it has one. */
    public Optional<byte[]> defaultTemplateFile(String relative) {
        return fromJar("templates/" + relative);
    }

    /**
     * Every static file as (relative path, bytes), sorted by path: the site's own, then the default
     * theme's others. Links in static/ are followed, as in content/ (a shared logo, a folder of
     * downloads); a link that leads nowhere or into a folder holding it is added to {@code problems}.
     */
    public List<StaticFile> staticFiles(List<Problem> problems) {
        Map<String, StaticFile> files = new TreeMap<>();
        for (String relative : jarIndex("static/")) {
            fromJar("static/" + relative).ifPresent(bytes -> files.put(relative, new StaticFile(relative, bytes)));
        }
        if (staticDir != null) {
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(staticDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile()) {
                            found.add(file);
                        } else if (attributes.isSymbolicLink()) { // followed links arrive as links only when what they name is not there
                            problems.add(Problem.warning(sitePath(file), 0, 0, "a link to a file that does not exist — not published;"
                                    + " fix or remove the link"));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof FileSystemLoopException) {
                            problems.add(Problem.error(sitePath(file), 0, 0, "a link to a folder that holds it: its files would be"
                                    + " published forever — remove the link"));
                            return FileVisitResult.CONTINUE;
                        }
                        throw e;
                    }
                });
                found.sort(null);
                for (Path file : found) {
                    String relative = staticDir.relativize(file).toString().replace('\\', '/');
                    if (!isIgnored(file.getFileName().toString())) {
                        files.put(relative, new StaticFile(relative, Files.readAllBytes(file)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ArrayList<>(files.values());
    }

    private String sitePath(Path file) {
        return "static/" + staticDir.relativize(file).toString().replace('\\', '/');
    }

    /** A static file: its path under static/ and its bytes. */
    public record StaticFile(String path, byte[] bytes) {
    }

    private static boolean isIgnored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp");
    }

    /** A file of the default theme packaged in the jar ("static/css/warraq.css"), if it has one. */
    private static Optional<byte[]> fromJar(String jarPath) {
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(JAR_ROOT + jarPath)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths of the packaged default theme under {@code prefix}, relative to it (works from a jar or a classes folder). */
    private static List<String> jarIndex(String prefix) {
        java.net.URL url = Theme.class.getClassLoader().getResource(JAR_ROOT + prefix);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.openConnection() instanceof java.net.JarURLConnection connection) {
                return list(connection, JAR_ROOT + prefix);
            }
            return list(Path.of(url.toURI()));
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot list the default theme: " + e.getMessage(), e);
        }
    }

    // The jar's entry names, not a zip file system: the class loader has read the jar's directory
    // already and a JarFile shares it, where a file system reads all 13,000 entries again.
    private static List<String> list(java.net.JarURLConnection connection, String folder) throws IOException {
        connection.setUseCaches(false); // our own JarFile, so closing it leaves the class loader's open
        try (java.util.jar.JarFile jar = connection.getJarFile()) {
            return jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(folder))
                    .map(e -> e.getName().substring(folder.length()))
                    .filter(p -> !isIgnored(p.substring(p.lastIndexOf('/') + 1))).sorted().toList();
        }
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !isIgnored(p.substring(p.lastIndexOf('/') + 1))).sorted().toList();
        }
    }
}
