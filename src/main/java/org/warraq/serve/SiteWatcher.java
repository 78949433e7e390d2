package org.warraq.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.warraq.config.SiteConfigLoader;
import org.warraq.content.ContentScanner;

/**
 * Watches a site's sources — site.yaml, content/, templates/ (with i18n/) and static/ — and
 * reports each change as a path relative to the site. Folders are registered recursively, new
 * ones as they appear; editor temp and swap files are ignored; a folder reached twice (a symbolic
 * link loop) is registered once, so loops cannot hang it.
 */
final class SiteWatcher implements AutoCloseable {
    static final Set<String> FOLDERS = Set.of("content", "templates", "static");
    /** Reported instead of a path when events were lost and anything may have changed. */
    static final String EVERYTHING = "*";
    private static final int MAX_DEPTH = 32;
    /** The file Vim creates and deletes at once to test whether a folder is writable. */
    private static final String VIM_PROBE = "4913";

    private final Path sourceDir;
    private final BiConsumer<String, Long> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    /** Starts watching; {@code onChange} gets (relative path, {@link System#nanoTime()} when seen). */
    SiteWatcher(Path sourceDir, BiConsumer<String, Long> onChange) {
        this.sourceDir = sourceDir.toAbsolutePath().normalize();
        this.onChange = onChange;
        try {
            this.service = this.sourceDir.getFileSystem().newWatchService();
            register(this.sourceDir, new HashSet<>());
            for (String folder : FOLDERS) {
                registerTree(this.sourceDir.resolve(folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + this.sourceDir + ": " + e.getMessage(), e);
        }
        this.thread = PreviewServer.daemonThreads("warraq-watcher").newThread(this::loop);
        thread.start();
    }

    /** How many folders are watched (for the log and tests). */
    int folderCount() {
        return folders.size();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                long seen = System.nanoTime();
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW || folder == null) {
                        rescan();
                        onChange.accept(EVERYTHING, seen);
                    } else {
                        changed(folder.resolve((Path) event.context()), event.kind() == ENTRY_CREATE, seen);
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void changed(Path file, boolean created, long seen) {
        Path relative = sourceDir.relativize(file);
        if (!relevant(relative)) {
            return;
        }
        if (created && Files.isDirectory(file)) {
            registerTree(file);
        }
        onChange.accept(relative.toString().replace('\\', '/'), seen);
    }

    /** site.yaml itself, or anything under the three source folders that is not an editor's scratch file. */
    static boolean relevant(Path relative) {
        String top = relative.getName(0).toString();
        if (relative.getNameCount() == 1 && top.equals(SiteConfigLoader.FILE_NAME)) {
            return true;
        }
        if (!FOLDERS.contains(top)) {
            return false;
        }
        for (Path name : relative) {
            if (ContentScanner.isIgnored(name.toString())) {
                return false;
            }
        }
        return !relative.getFileName().toString().equals(VIM_PROBE);
    }

    private void rescan() {
        for (String folder : FOLDERS) {
            registerTree(sourceDir.resolve(folder));
        }
    }

    /** Registers a folder and every folder below it (following links; loops are detected and skipped). */
    private void registerTree(Path top) {
        if (!Files.isDirectory(top)) {
            return;
        }
        Set<Path> visited = new HashSet<>();
        try {
            Files.walkFileTree(top, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(top) && ContentScanner.isIgnored(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return register(dir, visited) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // A loop (FileSystemLoopException), a folder deleted meanwhile, no permission: skip it.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // The folder vanished while being walked; its parent's events will tell the rest.
        }
    }

    /**
     * Registers one folder unless this walk has registered its real location already (two links to
     * one folder); false when skipped. Registering a folder again later returns its existing key.
     */
    private boolean register(Path dir, Set<Path> visited) throws IOException {
        if (!visited.add(dir.toRealPath())) {
            return false;
        }
        WatchKey key = dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        folders.put(key, dir);
        return true;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing to do
        }
        thread.interrupt();
    }
}
