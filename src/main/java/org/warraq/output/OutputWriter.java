package org.warraq.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.warraq.model.OutputFile;

/**
 * Writes the built site so that it is never half-written: new files go to a fresh temporary
 * directory beside the output and only reach the output on commit. Without a previous output
 * (or for the preview, which serves it meanwhile), the temporary directory then replaces the
 * output by two renames. With one, files whose keys are unchanged (or, lacking a key, whose bytes
 * are) stay where they are, only the changed files are renamed into place, one atomic rename
 * each, and files of the earlier build that are no longer part of the site are deleted: an edit
 * to one article of 10,000 then moves a hundred files instead of linking and deleting 33,000.
 * Either way a build that fails before commit leaves the previous site untouched.
 */
public final class OutputWriter {
    private OutputWriter() {
    }

    /** Replaces {@code outputDir} with exactly {@code files}; returns the number of files written. */
    public static int write(Path outputDir, Path sourceDir, List<OutputFile> files) {
        return write(outputDir, sourceDir, files, Map.of()).files();
    }

    /** What a write did: files in the new output, how many of them were taken over unchanged, and its manifest. */
    public record Written(int files, int reused, OutputManifest manifest) {
    }

    /**
     * Replaces {@code outputDir} with exactly {@code files}. A file whose key equals that of an
     * intact file of the previous output ({@code intact}: path → key, from
     * {@link OutputManifest#intact}) is hard-linked from it (copied where links are not possible)
     * instead of written; so are the {@link OutputFile#reused} ones, which must be in {@code intact}.
     */
    public static Written write(Path outputDir, Path sourceDir, List<OutputFile> files, Map<String, String> intact) {
        try (Session session = open(outputDir, sourceDir, intact)) {
            files.parallelStream().forEach(session::add);
            return session.commit();
        }
    }

    /**
     * Starts a new output beside {@code outputDir}: files added to the session are written at
     * once (so a large site never has to be held in memory), and {@link Session#commit} swaps
     * them in. A session closed without commit leaves the previous output as it was.
     */
    public static Session open(Path outputDir, Path sourceDir, Map<String, String> intact) {
        return open(outputDir, sourceDir, intact, true);
    }

    /**
     * As {@link #open(Path, Path, Map)}; without {@code updateInPlace} the output is always
     * replaced as a whole, leaving the previous tree as it was (the preview server keeps serving
     * it while the next build is written).
     */
    public static Session open(Path outputDir, Path sourceDir, Map<String, String> intact, boolean updateInPlace) {
        return open(outputDir, sourceDir, intact, updateInPlace, Map.of());
    }

    /**
     * As {@link #open(Path, Path, Map, boolean)}; {@code checked} holds the previous manifest's
     * entries, of which those of {@code intact} files were just found to describe them: a file
     * kept in place is recorded with its entry instead of being looked up again (at 10,000
     * articles, 28,000 system calls in a rebuild).
     */
    public static Session open(Path outputDir, Path sourceDir, Map<String, String> intact, boolean updateInPlace,
            Map<String, OutputManifest.Entry> checked) {
        return open(outputDir, sourceDir, intact, updateInPlace, checked, null);
    }

    /**
     * As {@link #open(Path, Path, Map, boolean, Map)}; {@code holds}, when not null, is every file
     * the output folder holds (see {@link WrittenFolders}), which it is then not listed to find.
     */
    public static Session open(Path outputDir, Path sourceDir, Map<String, String> intact, boolean updateInPlace,
            Map<String, OutputManifest.Entry> checked, Set<String> holds) {
        Path target = outputDir.toAbsolutePath().normalize();
        guard(target, sourceDir.toAbsolutePath().normalize());
        try {
            Files.createDirectories(target.getParent());
            Path fresh = target.resolveSibling("." + target.getFileName() + ".new");
            deleteTree(fresh);
            Files.createDirectories(fresh);
            return new Session(target, fresh, intact, updateInPlace, checked, holds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** One output being written; thread-safe {@link #add}. */
    public static final class Session implements AutoCloseable {
        private final Path target;
        private final Path fresh;
        private final Map<String, String> intact;
        private final Map<String, OutputManifest.Entry> checked;
        /** Update the output in place (only changed files move in) rather than replace it. */
        private final boolean inPlace;
        private final Map<String, OutputManifest.Entry> entries = new ConcurrentHashMap<>();
        private final AtomicInteger reused = new AtomicInteger();
        private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
        private boolean committed;
        /** Set once commit starts changing the output. */
        private volatile boolean commitStarted;

        /** What the output held before this build, listed while the build runs (see {@link #deleteWhatIsNoLongerBuilt}). */
        private final CompletableFuture<Listing> previous;

        private Session(Path target, Path fresh, Map<String, String> intact, boolean updateInPlace,
                Map<String, OutputManifest.Entry> checked, Set<String> holds) {
            this.target = target;
            this.fresh = fresh;
            this.intact = intact;
            this.checked = checked;
            this.inPlace = updateInPlace && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
            // Nothing writes into the output before commit, so it can be listed now, beside the
            // build, instead of walked at commit: 33,000 files took over a second at the end of a build.
            this.previous = !inPlace ? null
                    : holds != null ? CompletableFuture.completedFuture(new Listing(holds, List.of()))
                    : CompletableFuture.supplyAsync(() -> Listing.of(target, intact.keySet()), OutputWriter::startDaemon);
        }

        /** Writes one file of the new output (or links it from the previous one when unchanged). */
        public void add(OutputFile file) {
            String key = ContentKey.of(file);
            Path written = resolve(fresh, file.path());
            boolean same = key.equals(intact.get(file.path()));
            if (file.isReused() && !same) {
                throw new IllegalStateException("reused file missing from the previous output: " + file.path());
            }
            // Without a manifest entry (a new Warraq, a deleted cache): a file of the output that
            // already holds these bytes stays, with its time. Replacing an unchanged output whole
            // wrote and freed 530 MB for nothing at 10,000 articles.
            same |= inPlace && !intact.containsKey(file.path()) && holds(resolve(target, file.path()), file.bytes());
            if (same && inPlace) {
                reused.incrementAndGet();
                OutputManifest.Entry known = intact.containsKey(file.path()) ? checked.get(file.path()) : null;
                entries.put(file.path(), known != null && known.key().equals(key) ? known
                        : entry(resolve(target, file.path()), key));
                return;
            }
            if (same) {
                link(target.resolve(file.path()), written);
                reused.incrementAndGet();
            } else {
                folder(written.getParent());
                writeFile(written, file.bytes());
            }
            // A rename keeps size and time, so this entry also describes the file once moved in.
            entries.put(file.path(), entry(written, key));
        }

        /** Whether {@code path} is a regular file with exactly these bytes. */
        private static boolean holds(Path path, byte[] bytes) {
            try {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                return a.isRegularFile() && a.size() == bytes.length
                        && java.util.Arrays.equals(Files.readAllBytes(path), bytes);
            } catch (IOException e) {
                return false; // absent or unreadable: written anew
            }
        }

        /**
         * Makes a folder of the new output once, not once per file in it (each call for an existing
         * folder is a failing system call and an exception; the search index alone puts hundreds of
         * files in one folder). Other threads wanting the same folder wait until it exists.
         */
        private void folder(Path dir) {
            folders.computeIfAbsent(dir, d -> {
                try {
                    Files.createDirectories(d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return Boolean.TRUE;
            });
        }

        /** Swaps the new output in for the old one; returns what was written. */
        public Written commit() {
            commitStarted = true;
            if (inPlace) {
                try {
                    // The listing must be complete before the first file moves in: a walk still
                    // running would trip over a folder that became a file.
                    Listing listing = listing();
                    moveChangedFilesIn();
                    deleteWhatIsNoLongerBuilt(listing);
                    deleteTree(fresh);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
                }
                committed = true;
                return new Written(entries.size(), reused.get(), new OutputManifest(entries));
            }
            Path old = target.resolveSibling("." + target.getFileName() + ".old");
            try {
                deleteTree(old);
                if (Files.exists(target)) {
                    move(target, old);
                }
                move(fresh, target);
                deleteTree(old);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            }
            committed = true;
            return new Written(entries.size(), reused.get(), new OutputManifest(entries));
        }

        private void moveChangedFilesIn() throws IOException {
            List<Path> staged;
            try (var walk = Files.walk(fresh)) {
                staged = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : staged) {
                Path destination = target.resolve(fresh.relativize(file).toString());
                makeRoomFor(destination);
                try {
                    Files.move(file, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }

        /** Clears the way for a file: a folder where it goes, or a file where one of its folders goes. */
        private void makeRoomFor(Path destination) throws IOException {
            if (Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(destination);
            }
            for (Path dir = destination.getParent(); dir != null && dir.startsWith(target) && !dir.equals(target);
                    dir = dir.getParent()) {
                if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(dir);
                }
            }
            Files.createDirectories(destination.getParent());
        }

        /**
         * Deletes files of the previous output that this build did not make, then the folders left
         * empty (and those that were empty already), as a walk of the whole output would.
         */
        private void deleteWhatIsNoLongerBuilt(Listing listing) throws IOException {
            TreeSet<Path> folders = new TreeSet<>(Comparator.comparingInt(Path::getNameCount)
                    .reversed().thenComparing(Comparator.naturalOrder()));
            folders.addAll(listing.emptyFolders());
            for (String file : listing.files()) {
                Path path = target.resolve(file);
                // Gone already if a folder on its path became a file at commit; a file that became a
                // folder holds the new files moved in.
                if (!entries.containsKey(file) && Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(path);
                    folders.add(path.getParent());
                }
            }
            // Deepest first; a folder emptied here may leave its parent empty in turn.
            while (!folders.isEmpty()) {
                Path dir = folders.pollFirst();
                if (dir.equals(target) || !dir.startsWith(target) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (var children = Files.list(dir)) {
                    if (children.findAny().isPresent()) {
                        continue;
                    }
                }
                Files.delete(dir);
                folders.add(dir.getParent());
            }
        }

        /** What the output held before this build, once listed. */
        private Listing listing() throws IOException {
            try {
                return previous.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
            }
        }

        /** Whether the output is still as it was before this session: no commit has started changing it. */
        public boolean outputUntouched() {
            return !commitStarted;
        }

        /** Without a commit: removes the half-written new output. */
        @Override
        public void close() {
            if (!committed) {
                try {
                    deleteTree(fresh);
                } catch (IOException e) {
                    // Left for the next build, which clears it first.
                }
            }
        }
    }

    /** An output folder's files ('/'-separated paths from its root) and its folders that hold nothing. */
    private record Listing(Set<String> files, List<Path> emptyFolders) {
        /**
         * Every file under {@code root} (paths relative to it, '/'-separated; a symbolic link is
         * a file) and every empty folder but the root. {@code knownFiles}: paths already known to
         * be regular files there, and so are their folders: only the names of other entries are
         * looked up. Walking with a lookup of every entry took 0.7 s of CPU at 33,000 files.
         */
        static Listing of(Path root, Set<String> knownFiles) {
            Set<String> knownFolders = new HashSet<>();
            for (String file : knownFiles) {
                for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                    knownFolders.add(file.substring(0, slash));
                }
            }
            Listing listing = new Listing(new HashSet<>(), new ArrayList<>());
            try (var entries = Files.newDirectoryStream(root)) {
                listing.walk(entries, root, "", knownFiles, knownFolders);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
            }
            return listing;
        }

        /** Lists {@code folder} ({@code relative} to the root, "" for it) from its open {@code entries}; whether it holds anything. */
        private boolean walk(java.nio.file.DirectoryStream<Path> entries, Path folder, String relative,
                Set<String> knownFiles, Set<String> knownFolders) throws IOException {
            boolean any = false;
            for (Path entry : entries) {
                any = true;
                String name = entry.getFileName().toString();
                String path = relative.isEmpty() ? name : relative + "/" + name;
                var children = knownFiles.contains(path) ? null : folder(entries, entry, knownFolders.contains(path));
                if (children == null) {
                    files.add(path);
                    continue;
                }
                try (children) {
                    if (!walk(children, entry, path, knownFiles, knownFolders)) {
                        emptyFolders.add(entry);
                    }
                }
            }
            return any;
        }

        /**
         * The entries of {@code entry} if it is a folder (not a link to one), else null. Opened
         * relative to its parent without following links where the platform can (Linux): a known
         * folder is then never looked up first, and one replaced by a link is still not entered.
         */
        private static java.nio.file.DirectoryStream<Path> folder(java.nio.file.DirectoryStream<Path> parent, Path entry,
                boolean known) throws IOException {
            if (parent instanceof java.nio.file.SecureDirectoryStream<Path> secure) {
                if (!known && !Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory()) {
                    return null;
                }
                try {
                    return secure.newDirectoryStream(entry.getFileName(), LinkOption.NOFOLLOW_LINKS);
                } catch (java.nio.file.FileSystemException e) {
                    if (Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory()) {
                        throw e; // a folder that cannot be read
                    }
                    return null; // a file or a link where a folder was
                }
            }
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory()
                    ? Files.newDirectoryStream(entry) : null;
        }
    }

    /** Runs a task on a thread of its own that never keeps the process alive. */
    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "warraq-output-listing");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Replaces some files of an existing output in place, each by writing a temporary file beside
     * it and renaming it over the old one: a reader opening the file at any moment gets the old
     * bytes or the new ones, whole (the preview applying an edit to the build it serves).
     */
    public static void replaceFiles(Path root, List<OutputFile> files) {
        for (OutputFile file : files) {
            Path target = resolve(root.toAbsolutePath().normalize(), file.path());
            Path temp = target.resolveSibling("." + target.getFileName() + ".warraq-tmp");
            try {
                Files.createDirectories(temp.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot replace " + target + ": " + e.getMessage(), e);
            }
            writeFile(temp, file.bytes());
            try {
                move(temp, target);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot replace " + target + ": " + e.getMessage(), e);
            }
        }
    }

    private static Path resolve(Path root, String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("output file outside the site: " + relative);
        }
        return path;
    }

    /** Writes a file whose folder exists. */
    private static void writeFile(Path path, byte[] bytes) {
        try {
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The previous build's file, shared by a hard link: no bytes are read or written. */
    private static void link(Path previous, Path path) {
        try {
            Files.createDirectories(path.getParent());
            try {
                Files.createLink(path, previous);
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.copy(previous, path, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputManifest.Entry entry(Path path, String key) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return new OutputManifest.Entry(key, a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folders of a site that hold what its author wrote: an output must never be one of them or inside one. */
    private static final List<String> SOURCE_FOLDERS = List.of("content", "templates", "static", ".git");

    /** Refuses output directories whose replacement would destroy sources. */
    private static void guard(Path target, Path source) {
        boolean holdsSources = Files.exists(target.resolve("site.yaml")) || Files.exists(target.resolve("content"))
                || Files.exists(target.resolve(".git")) || Files.exists(target.resolve("pom.xml"));
        if (source.startsWith(target) || holdsSources || target.getParent() == null) {
            throw new IllegalArgumentException("refusing to replace " + target
                    + ": it holds sources (site.yaml, content/, .git) — choose an output directory of its own, like site/");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            // A file named by mistake ("--output notes.txt"): replacing it by a folder would lose it.
            throw new IllegalArgumentException("refusing to replace " + target
                    + ": it is a file, not a folder — choose an output directory of its own, like site/");
        }
        for (String folder : SOURCE_FOLDERS) {
            Path sources = source.resolve(folder);
            if (target.startsWith(sources) || real(target).startsWith(real(sources))) {
                throw new IllegalArgumentException("refusing to write the site into " + target + ": it is the site's "
                        + folder + "/ or inside it, and would replace what is there — choose an output directory of its own, like site/");
            }
        }
    }

    /**
     * Refuses what {@link #open} refuses, and an output folder that holds something and is not a site: none of {@code siteFiles}
     * (the files every build writes at the root) are in it. Replacing its contents would delete
     * what someone put there ({@code --output ~/Desktop}). No folder, an empty one, or an earlier
     * build's output are fine. Meant before a build starts, so nothing is lost to a mistyped path.
     */
    public static void refuseForeignFolder(Path outputDir, Path sourceDir, List<String> siteFiles) {
        Path target = outputDir.toAbsolutePath().normalize();
        guard(target, sourceDir.toAbsolutePath().normalize()); // first: its reasons are more precise
        if (!Files.isDirectory(target) || siteFiles.stream().allMatch(f -> Files.isRegularFile(target.resolve(f)))) {
            return;
        }
        List<String> names;
        try (var entries = Files.list(target)) {
            names = entries.map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : "")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target + ": " + e.getMessage(), e);
        }
        if (!names.isEmpty()) {
            List<String> shown = names.size() <= 3 ? names : List.of(names.get(0), names.get(1), names.get(2), "…");
            throw new IllegalArgumentException("refusing to replace " + target + ": it holds files no build wrote ("
                    + String.join(", ", shown) + ") — choose a new or empty folder, like site/, or empty this one first");
        }
    }

    /** The path with links resolved as far as it exists, so an output reached through a link is still recognized. */
    private static Path real(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            return path;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a directory tree (symbolic links are removed, never followed). */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
