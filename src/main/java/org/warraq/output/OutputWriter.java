package org.warraq.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.warraq.model.OutputFile;

/**
 * Writes the built site so that it is never half-written: all files go to a fresh temporary
 * directory beside the output, which then replaces the output by two renames. A build that fails
 * before this stage leaves the previous site untouched; files of earlier builds are gone.
 */
public final class OutputWriter {
    private OutputWriter() {
    }

    /** Replaces {@code outputDir} with exactly {@code files}; returns the number of files written. */
    public static int write(Path outputDir, Path sourceDir, List<OutputFile> files) {
        Path target = outputDir.toAbsolutePath().normalize();
        guard(target, sourceDir.toAbsolutePath().normalize());
        Path fresh = target.resolveSibling("." + target.getFileName() + ".new");
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        try {
            Files.createDirectories(target.getParent());
            deleteTree(fresh);
            deleteTree(old);
            Files.createDirectories(fresh);
            files.parallelStream().forEach(file -> writeFile(fresh, file));
            if (Files.exists(target)) {
                move(target, old);
            }
            move(fresh, target);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return files.size();
    }

    private static void writeFile(Path root, OutputFile file) {
        Path path = root.resolve(file.path()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("output file outside the site: " + file.path());
        }
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, file.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses output directories whose replacement would destroy sources. */
    private static void guard(Path target, Path source) {
        boolean holdsSources = Files.exists(target.resolve("site.yaml")) || Files.exists(target.resolve("content"))
                || Files.exists(target.resolve(".git")) || Files.exists(target.resolve("pom.xml"));
        if (source.startsWith(target) || holdsSources || target.getParent() == null) {
            throw new IllegalArgumentException("refusing to replace " + target
                    + ": it holds sources (site.yaml, content/, .git) — choose an output directory of its own, like site/");
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
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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
