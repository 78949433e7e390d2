package org.warraq.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.warraq.problem.Problem;

/**
 * Finds the content files of a site: {@code content/<lang>/<kind>/**.md}.
 *
 * <p>Editor temp and hidden files are skipped; a Markdown file in a folder Warraq does not know
 * is reported rather than silently ignored. Folders inside a kind's folder only organize the files
 * (by year, say): a page is named by its file alone (see {@link #nameOf}).
 */
public final class ContentScanner {
    private ContentScanner() {
    }

    /**
     * A file to read, classified by its folders, with its attributes as the scan found them (null
     * when it was not scanned): reading them again for the parse cache's stamp was one more
     * system call per file.
     */
    public record Candidate(Path file, String path, String language, ContentKind kind, String name,
            BasicFileAttributes attributes) {
    }

    /**
     * The candidates, sorted by path, the files of page bundles (see {@link BundleFile}), sorted
     * by path, and problems with misplaced files.
     */
    public record Scan(List<Candidate> candidates, List<BundleFile> bundleFiles, List<Problem> problems) {
    }

    /**
     * A file other than Markdown in a page bundle's folder ({@code articles/rome/index.md} with
     * {@code articles/rome/cover.jpg}), or in a folder below it: published beside the page, as Hugo
     * publishes a bundle's resources and Zola a page's colocated assets. {@code path} is the file's
     * path in the site, {@code bundle} that of its page's {@code index.md}, {@code relative} the
     * file's path from the bundle's folder ('/'-separated).
     */
    public record BundleFile(Path file, String path, String bundle, String relative) {
    }

    /** Scans {@code <sourceDir>/content} for the configured languages. */
    public static Scan scan(Path sourceDir, Set<String> languages) {
        Path contentDir = sourceDir.resolve("content");
        List<Candidate> candidates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            problems.add(Problem.warning("content", 0, 0, "no content/ directory — create content/<lang>/articles/ and add articles"));
            return new Scan(candidates, List.of(), problems);
        }
        // The walk looks each file up once and hands over what it found: Files.walk, then a test
        // of each file and a lookup for its stamp, made three system calls per file (17,000 files).
        List<Scanned> files = new ArrayList<>();
        try {
            Files.walkFileTree(contentDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(new Scanned(file, attributes));
                    } else if (attributes.isSymbolicLink() && file.getFileName().toString().endsWith(".md")) {
                        // Followed links arrive as links only when what they name is not there.
                        problems.add(Problem.warning(relative(sourceDir, file), 0, 0,
                                "a link to a file that does not exist — skipped; fix or remove the link"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof java.nio.file.FileSystemLoopException) {
                        problems.add(Problem.error(relative(sourceDir, file), 0, 0,
                                "a link to a folder that holds it: its content would be read forever — remove the link"));
                        return FileVisitResult.CONTINUE;
                    }
                    if (e instanceof java.nio.file.AccessDeniedException) {
                        problems.add(Problem.error(relative(sourceDir, file), 0, 0,
                                "cannot be read (permission denied) — let the user who builds read it, or move it out of content/"));
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(Scanned::file));
        List<Scanned> others = new ArrayList<>();
        files.forEach(f -> {
            if (f.file().getFileName().toString().endsWith(".md")) {
                classify(sourceDir, contentDir, f, languages, candidates, problems);
            } else {
                others.add(f);
            }
        });
        return new Scan(List.copyOf(candidates), bundleFiles(sourceDir, contentDir, candidates, others), List.copyOf(problems));
    }

    /**
     * The files of {@code others} that lie in a page bundle's folder, each given to the nearest
     * bundle above it (a bundle may hold another). Files elsewhere are left alone, as before: a
     * link to one is reported where it is written.
     */
    private static List<BundleFile> bundleFiles(Path sourceDir, Path contentDir, List<Candidate> candidates,
            List<Scanned> others) {
        java.util.Map<Path, String> bundles = new java.util.HashMap<>();
        for (Candidate candidate : candidates) {
            // content/<lang>/<kind>/<folder…>/index.md; an index.md right in the kind's folder is a page named "index".
            if (candidate.file().getFileName().toString().equals("index.md")
                    && contentDir.relativize(candidate.file()).getNameCount() > 3) {
                bundles.put(candidate.file().getParent(), candidate.path());
            }
        }
        List<BundleFile> found = new ArrayList<>();
        if (bundles.isEmpty()) {
            return found;
        }
        for (Scanned other : others) {
            if (isIgnored(other.file().getFileName().toString())) {
                continue;
            }
            for (Path folder = other.file().getParent(); folder != null && folder.startsWith(contentDir);
                    folder = folder.getParent()) {
                String bundle = bundles.get(folder);
                if (bundle != null) {
                    found.add(new BundleFile(other.file(), relative(sourceDir, other.file()), bundle,
                            folder.relativize(other.file()).toString().replace('\\', '/')));
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    private record Scanned(Path file, BasicFileAttributes attributes) {
    }

    private static String relative(Path sourceDir, Path file) {
        return sourceDir.relativize(file).toString().replace('\\', '/');
    }

    private static void classify(Path sourceDir, Path contentDir, Scanned scanned, Set<String> languages,
            List<Candidate> candidates, List<Problem> problems) {
        Path file = scanned.file();
        String fileName = file.getFileName().toString();
        if (isIgnored(fileName)) {
            return;
        }
        String path = relative(sourceDir, file);
        Path relative = contentDir.relativize(file);
        if (fileName.equals("_index.md")) {
            // Hugo's list page of a section (or of the home page): moved with a site, it is no article.
            problems.add(Problem.warning(path, 0, 0, "Hugo's list page of a folder (_index.md) is not published: Warraq makes"
                    + " the lists itself — move its text to a topic's introduction (topics/<id>.md) or to a page (pages/),"
                    + " or remove the file"));
            return;
        }
        if (relative.getNameCount() < 3) {
            problems.add(Problem.error(path, 0, 0, "content file outside a kind folder — move it to content/<lang>/articles/, topics/ or pages/"));
            return;
        }
        String language = relative.getName(0).toString();
        if (!languages.contains(language)) {
            problems.add(Problem.warning(path, 0, 0, "language folder '" + language
                    + "' is not configured in site.yaml — add the language there, or the file is ignored"));
            return;
        }
        var kind = ContentKind.ofFolder(relative.getName(1).toString());
        if (kind.isEmpty()) {
            problems.add(Problem.error(path, 0, 0, "unknown content folder '" + relative.getName(1)
                    + "' — put the file in articles/, topics/ or pages/"));
            return;
        }
        String name = nameOf(relative.subpath(2, relative.getNameCount()));
        candidates.add(new Candidate(file, path, language, kind.get(), name, scanned.attributes()));
    }

    /**
     * The name of the page stored at {@code inKindFolder}, a {@code .md} file's path below its
     * kind's folder: the file's name without {@code .md}, whatever folders it is in, so that
     * {@code 2022/x.md} and another language's {@code x.md} are translations. A folder's
     * {@code index.md} is named by the folder, as Hugo names a page bundle ({@code x/index.md}).
     */
    public static String nameOf(Path inKindFolder) {
        String fileName = inKindFolder.getFileName().toString();
        if (fileName.equals("index.md") && inKindFolder.getNameCount() > 1) {
            return inKindFolder.getName(inKindFolder.getNameCount() - 2).toString();
        }
        return fileName.substring(0, fileName.length() - 3);
    }

    /** Hidden files, editor backups and swap files. */
    public static boolean isIgnored(String fileName) {
        return fileName.startsWith(".") || fileName.startsWith("#") || fileName.endsWith("~")
                || fileName.endsWith(".swp") || fileName.endsWith(".swx") || fileName.endsWith(".tmp");
    }
}
