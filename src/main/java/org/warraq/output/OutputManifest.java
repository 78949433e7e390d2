package org.warraq.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last build wrote: per output file, the key of what it was made from (a view key for
 * pages, a content hash for other files) and the size and modification time it was left with.
 * A file whose size and time are unchanged is taken to be the one written; only such files are
 * offered for reuse, so a hand-edited or deleted output file is always written again.
 */
public record OutputManifest(Map<String, Entry> files) {
    /** The empty manifest of a first build. */
    public static final OutputManifest EMPTY = new OutputManifest(Map.of());

    public OutputManifest {
        files = Map.copyOf(files);
    }

    /**
     * Path → key of every file, as a view of this manifest: the preview keeps it for its quick
     * edits after every build, which a copy of 33,000 entries (at 10,000 articles) slowed.
     */
    public Map<String, String> keys() {
        return new java.util.AbstractMap<>() {
            @Override
            public String get(Object path) {
                OutputManifest.Entry entry = files.get(path);
                return entry == null ? null : entry.key();
            }

            @Override
            public boolean containsKey(Object path) {
                return files.containsKey(path);
            }

            @Override
            public int size() {
                return files.size();
            }

            @Override
            public java.util.Set<String> keySet() {
                return files.keySet();
            }

            @Override
            public java.util.Set<Map.Entry<String, String>> entrySet() {
                return new java.util.AbstractSet<>() {
                    @Override
                    public java.util.Iterator<Map.Entry<String, String>> iterator() {
                        var entries = files.entrySet().iterator();
                        return new java.util.Iterator<>() {
                            @Override
                            public boolean hasNext() {
                                return entries.hasNext();
                            }

                            @Override
                            public Map.Entry<String, String> next() {
                                var e = entries.next();
                                return Map.entry(e.getKey(), e.getValue().key());
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return files.size();
                    }
                };
            }
        };
    }

    /** One file's key, size in bytes and modification time in milliseconds. */
    public record Entry(String key, long size, long modified) {
    }

    /** This manifest without the entries of {@code paths}. */
    public OutputManifest without(java.util.Set<String> paths) {
        if (paths.isEmpty() || java.util.Collections.disjoint(paths, files.keySet())) {
            return this;
        }
        Map<String, Entry> kept = new java.util.HashMap<>(files);
        kept.keySet().removeAll(paths);
        return new OutputManifest(kept);
    }

    /** The files of this manifest still intact in {@code outputDir}: path → key. */
    public Map<String, String> intact(Path outputDir) {
        Map<String, String> intact = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().forEach(e -> {
            try {
                BasicFileAttributes a = Files.readAttributes(outputDir.resolve(e.getKey()), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && a.size() == e.getValue().size()
                        && a.lastModifiedTime().toMillis() == e.getValue().modified()) {
                    intact.put(e.getKey(), e.getValue().key());
                }
            } catch (IOException gone) {
                // Not there any more: it is written afresh.
            }
        });
        return intact;
    }
}
