package org.warraq.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An output manifest's file as this process last read or wrote it. A rebuild changes a few
 * entries of tens of thousands, so the next manifest is saved as lines appended to the file
 * (a later line for a path wins; a {@value #REMOVED} line drops it), as long as the file is as
 * this process left it; once the appended lines outnumber the manifest's entries, it is written
 * whole again. At 10,000 articles writing all 33,000 lines took 0.1-0.17 s of every rebuild.
 *
 * <p>Each line is key, size, time and path, tab-separated. A file cut short (a process stopped
 * while appending) does not end with a line break and is read as no manifest: a damaged cache
 * costs one full build, never a wrong one.
 */
public final class ManifestFile {
    /** The key of a line that drops its path: no file's key is a '-'. */
    static final String REMOVED = "-";

    private final Path path;
    private final OutputManifest manifest;
    private final long lines;
    /**
     * Size, time and identity (device and inode where the platform has them) of the file as this
     * process last saw it; null when it was missing or unreadable. A file written whole is renamed
     * into place, so it is a new one even if written in the same clock tick with the same size.
     */
    private final Seen seen;

    private record Seen(long size, long modified, Object identity) {
        static Seen of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new Seen(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.fileKey());
        }
    }

    private ManifestFile(Path path, OutputManifest manifest, long lines, Seen seen) {
        this.path = path;
        this.manifest = manifest;
        this.lines = lines;
        this.seen = seen;
    }

    /** The manifest at {@code path}; a missing or unreadable file holds the empty manifest. */
    public static ManifestFile read(Path path) {
        try {
            Seen seen = Seen.of(path);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            Map<String, OutputManifest.Entry> files = new HashMap<>();
            long lines = 0;
            // Cut by hand, not split: 33,000 lines are read in every rebuild of a 10,000-article site.
            for (int start = 0, end; start < text.length(); start = end + 1, lines++) {
                end = text.indexOf('\n', start);
                int first = text.indexOf('\t', start);
                int second = first < 0 ? -1 : text.indexOf('\t', first + 1);
                int third = second < 0 ? -1 : text.indexOf('\t', second + 1);
                if (end < 0 || third < 0 || third > end) {
                    return new ManifestFile(path, OutputManifest.EMPTY, 0, null);
                }
                String key = text.substring(start, first);
                String file = text.substring(third + 1, end);
                if (key.equals(REMOVED)) {
                    files.remove(file);
                } else {
                    files.put(file, new OutputManifest.Entry(key, Long.parseLong(text, first + 1, second, 10),
                            Long.parseLong(text, second + 1, third, 10)));
                }
            }
            return new ManifestFile(path, new OutputManifest(files), lines, seen);
        } catch (IOException | RuntimeException e) { // missing, unreadable or damaged: one full build, never a wrong one
            return new ManifestFile(path, OutputManifest.EMPTY, 0, null);
        }
    }

    public Path path() {
        return path;
    }

    /** What the file holds. */
    public OutputManifest manifest() {
        return manifest;
    }

    /**
     * Saves {@code next} to this file: its changes appended when the file is as this process
     * left it and the lines stay fewer than twice the entries, else the whole manifest, written
     * beside the file and renamed over it. Returns the file as it now is.
     */
    public ManifestFile save(OutputManifest next) throws IOException {
        List<String> changed = seen == null ? null : changes(next);
        if (changed != null && lines + changed.size() <= 2L * next.files().size() && seen.equals(currentlySeen())) {
            if (changed.isEmpty()) {
                return new ManifestFile(path, next, lines, seen);
            }
            StringBuilder out = new StringBuilder(changed.size() * 96);
            for (String file : changed) {
                OutputManifest.Entry entry = next.files().get(file);
                if (entry == null) {
                    line(out, REMOVED, 0, 0, file);
                } else {
                    line(out, entry.key(), entry.size(), entry.modified(), file);
                }
            }
            Files.writeString(path, out, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return new ManifestFile(path, next, lines + changed.size(), Seen.of(path));
        }
        return saveWhole(next);
    }

    /** The paths whose entries differ between what the file holds and {@code next}, sorted (the same changes give the same lines). */
    private List<String> changes(OutputManifest next) {
        List<String> changed = new ArrayList<>();
        next.files().forEach((file, entry) -> {
            if (!entry.equals(manifest.files().get(file))) {
                changed.add(file);
            }
        });
        manifest.files().keySet().forEach(file -> {
            if (!next.files().containsKey(file)) {
                changed.add(file);
            }
        });
        changed.sort(null);
        return changed;
    }

    private Seen currentlySeen() {
        try {
            return Seen.of(path);
        } catch (IOException e) {
            return null;
        }
    }

    private ManifestFile saveWhole(OutputManifest next) throws IOException {
        Files.createDirectories(path.getParent());
        Path temp = path.resolveSibling(path.getFileName() + ".tmp");
        String[] files = next.files().keySet().toArray(new String[0]);
        java.util.Arrays.sort(files);
        StringBuilder out = new StringBuilder(files.length * 96);
        for (String file : files) {
            OutputManifest.Entry entry = next.files().get(file);
            line(out, entry.key(), entry.size(), entry.modified(), file);
        }
        Files.writeString(temp, out, StandardCharsets.UTF_8);
        Files.move(temp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new ManifestFile(path, next, files.length, Seen.of(path));
    }

    private static void line(StringBuilder out, String key, long size, long modified, String file) {
        out.append(key).append('\t').append(size).append('\t').append(modified).append('\t').append(file).append('\n');
    }
}
