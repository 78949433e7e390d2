package org.warraq.content;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.warraq.problem.Problem;

/**
 * Parsed pages by the hash of their source bytes, so a rebuild parses only the files that
 * changed. Thread-safe. Lives in memory across builds of one {@code BuildPipeline} and is saved
 * under the site's {@code .warraq-cache/} between processes; the file carries a key (generator
 * version and the settings parsing depends on) and is ignored when the key differs.
 */
public final class ParseCache {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong parsed = new java.util.concurrent.atomic.AtomicLong();
    private volatile String key = "";
    /** Paths put or forgotten since the file was loaded or saved: what a journal record must say. */
    private final Set<String> unsaved = ConcurrentHashMap.newKeySet();
    /** The key of the whole cache file as loaded or last written; a journal only extends a file of the same key. */
    private String fileKey;

    /** A journal may grow to this share of the whole file before the file is written whole again. */
    private static final int JOURNAL_SHARE = 4;

    /**
     * One file's source hash and what parsing it gave; {@code stamp}: the file's size, time and
     * identity when it was read, or null when they cannot vouch for its bytes (see {@link Stamp#of}).
     */
    record Entry(String hash, ParsedPage page, List<Problem> problems, Stamp stamp) {
    }

    /**
     * What the file system says of a file without reading it. As in git's index: a file whose
     * stamp is the one recorded when its bytes were hashed still holds those bytes, so a rebuild
     * need not read and hash 17,000 files to find the one that changed (at 10,000 articles, 0.3 s
     * of a 5 s rebuild).
     */
    record Stamp(long size, long modifiedNanos, String identity) {
        /**
         * How near to now a file's time must not be for its stamp to be trusted: a file written
         * again within the same tick of a coarse clock would keep size and time (the "racy" files
         * of git). Such a file is read again by every build until its time is that old.
         */
        static final long RACY_NANOS = 3_000_000_000L;

        /** The stamp of {@code attributes}, read at {@code nowNanos} (epoch); null if too recent to trust. */
        static Stamp of(java.nio.file.attribute.BasicFileAttributes attributes, long nowNanos) {
            long modified = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            if (modified > nowNanos - RACY_NANOS) {
                return null;
            }
            return new Stamp(attributes.size(), modified, String.valueOf(attributes.fileKey()));
        }
    }

    /** The result for {@code path} if its bytes hash to {@code hash}, else null. */
    PageParser.Result get(String path, String hash) {
        Entry e = entries.get(path);
        return e != null && e.hash.equals(hash) ? new PageParser.Result(e.page, e.problems) : null;
    }

    /** The entry for {@code path} if its file still has the trusted {@code stamp} it had when hashed, else null. */
    Entry unchanged(String path, Stamp stamp) {
        Entry e = entries.get(path);
        return e != null && stamp != null && stamp.equals(e.stamp) ? e : null;
    }

    /** What the cache holds for {@code path}, whatever the hash; null if nothing. */
    Entry entry(String path) {
        return entries.get(path);
    }

    /** Keeps what parsing the file at {@code path} gave. */
    void put(String path, String hash, PageParser.Result result, Stamp stamp) {
        entries.put(path, new Entry(hash, result.page(), List.copyOf(result.problems()), stamp));
        unsaved.add(path);
        changes.incrementAndGet();
        parsed.incrementAndGet();
    }

    /**
     * Records a new stamp for a file whose bytes were read and found unchanged (touched, or no
     * longer too recent to trust): a change to save, but nothing parsed.
     */
    void restamp(String path, Stamp stamp) {
        entries.computeIfPresent(path, (p, e) -> new Entry(e.hash(), e.page(), e.problems(), stamp));
        unsaved.add(path);
        changes.incrementAndGet();
    }

    /** Changes (parsed files, new stamps, forgotten files) so far; compare two readings to know whether to save. */
    public long changes() {
        return changes.get();
    }

    /**
     * Files parsed so far; compare two readings to know how much of a site a build read anew.
     * Unlike {@link #changes}, new stamps do not count: right after a site's files were written
     * (a checkout, a copy), the next build stamps thousands of them without parsing any.
     */
    public long parsed() {
        return parsed.get();
    }

    /** Forgets files that no longer exist; returns the entries of those that held a page, by path. */
    Map<String, Entry> retain(Set<String> paths) {
        Map<String, Entry> forgotten = new java.util.HashMap<>();
        for (String path : List.copyOf(entries.keySet())) {
            if (!paths.contains(path)) {
                Entry entry = entries.remove(path);
                if (entry != null && entry.page() != null) {
                    forgotten.put(path, entry);
                }
                unsaved.add(path);
                changes.incrementAndGet();
            }
        }
        return forgotten;
    }

    /** Empties the cache unless it was filled under {@code key} (what parsing depends on besides the bytes). */
    public synchronized void useKey(String newKey) {
        if (!newKey.equals(key)) {
            entries.clear();
            key = newKey;
            changes.incrementAndGet();
        }
    }

    public int size() {
        return entries.size();
    }

    /** SHA-256 of a file's bytes, hex. */
    static String hash(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads a saved cache; a missing, damaged or foreign file gives an empty one. */
    public static ParseCache load(Path file) {
        ParseCache cache = new ParseCache();
        if (!Files.isRegularFile(file)) {
            return cache;
        }
        // Read whole: the bodies stay undecoded slices of these bytes until a page needs them.
        // (Not Files.readAllBytes: it reads through a direct buffer of the file's size, zeroed first.)
        try (DataInputStream in = new ParsedPageCodec.ArrayInput(readAll(file))) {
            if (!ParsedPageCodec.MAGIC.equals(in.readUTF())) {
                return cache; // Another format: parsed again, then saved in this one.
            }
            cache.key = ParsedPageCodec.string(in);
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String path = ParsedPageCodec.string(in);
                String hash = ParsedPageCodec.string(in);
                cache.entries.put(path, new Entry(hash, ParsedPageCodec.readPage(in), ParsedPageCodec.readProblems(in),
                        ParsedPageCodec.readStamp(in)));
            }
        } catch (IOException | RuntimeException e) {
            return new ParseCache(); // A damaged cache costs a full parse, never a wrong page.
        }
        ParseJournal.replay(ParseJournal.of(file), cache.key, cache.entries);
        cache.fileKey = cache.key;
        return cache;
    }

    private static byte[] readAll(Path file) throws IOException {
        try (java.io.FileInputStream in = new java.io.FileInputStream(file.toFile())) {
            return in.readAllBytes();
        }
    }

    /**
     * Saves the cache: only its changes, appended to the journal beside the file, while the
     * journal stays small next to the file; otherwise (and the first time) the whole cache.
     */
    public void save(Path file) throws IOException {
        Path journal = ParseJournal.of(file);
        List<ParseJournal.Change> changed = new java.util.ArrayList<>();
        boolean extendable;
        String savedKey;
        synchronized (this) {
            savedKey = key;
            extendable = savedKey.equals(fileKey) && Files.isRegularFile(file);
            if (extendable) {
                for (String path : List.copyOf(unsaved)) {
                    unsaved.remove(path); // a put from now on marks it again
                    changed.add(new ParseJournal.Change(path, entries.get(path)));
                }
            }
        }
        if (extendable) {
            byte[] records = ParseJournal.encode(changed);
            long journalSize = Files.isRegularFile(journal) ? Files.size(journal) : 0;
            if (journalSize + records.length <= Files.size(file) / JOURNAL_SHARE) {
                if (records.length > 0) {
                    ParseJournal.append(journal, savedKey, records);
                }
                return;
            }
        }
        saveWhole(file);
    }

    /** Writes the whole cache (beside, then renamed, so a crash never leaves half a file). */
    private void saveWhole(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        // Key and entries are read together: the preview server saves in the background while the
        // next build may already be changing them.
        String savedKey;
        Map<String, Entry> copy;
        synchronized (this) {
            savedKey = key;
            unsaved.clear();
            copy = new HashMap<>(entries);
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
            out.writeUTF(ParsedPageCodec.MAGIC);
            ParsedPageCodec.string(out, savedKey);
            out.writeInt(copy.size());
            for (var e : copy.entrySet()) {
                ParsedPageCodec.string(out, e.getKey());
                ParsedPageCodec.string(out, e.getValue().hash());
                ParsedPageCodec.writePage(out, e.getValue().page());
                ParsedPageCodec.writeProblems(out, e.getValue().problems());
                ParsedPageCodec.writeStamp(out, e.getValue().stamp());
            }
        }
        // The old journal goes first: it extends the old file, and (harmless, but useless) the new one too.
        Files.deleteIfExists(ParseJournal.of(file));
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        synchronized (this) {
            fileKey = savedKey;
        }
    }
}
