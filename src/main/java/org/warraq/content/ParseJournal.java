package org.warraq.content;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The parse cache's changes since its file was last written whole, appended to a journal beside
 * it: a build that parsed one file then writes one record instead of the whole cache (at 10,000
 * articles, 128 MB). Each record carries its length and a checksum, so a record cut short by a
 * crash, and all after it, are ignored: a lost record only costs parsing that file again, since
 * every entry is keyed by the hash of its file's bytes.
 */
final class ParseJournal {
    private static final String MAGIC = "warraq-parse-journal-2";
    private static final byte PUT = 1;
    private static final byte REMOVE = 2;

    private ParseJournal() {
    }

    /** The journal of the cache file {@code cache}. */
    static Path of(Path cache) {
        return cache.resolveSibling(cache.getFileName() + ".journal");
    }

    /** One change: the entry now held for {@code path}, or null where the path was forgotten. */
    record Change(String path, ParseCache.Entry entry) {
    }

    /** The records of {@code changes}, ready to append. */
    static byte[] encode(List<Change> changes) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(all);
        for (Change change : changes) {
            ByteArrayOutputStream record = new ByteArrayOutputStream();
            DataOutputStream r = new DataOutputStream(record);
            r.writeByte(change.entry() == null ? REMOVE : PUT);
            ParsedPageCodec.string(r, change.path());
            if (change.entry() != null) {
                ParsedPageCodec.string(r, change.entry().hash());
                ParsedPageCodec.writePage(r, change.entry().page());
                ParsedPageCodec.writeProblems(r, change.entry().problems());
                ParsedPageCodec.writeStamp(r, change.entry().stamp());
            }
            byte[] bytes = record.toByteArray();
            out.writeInt(bytes.length);
            out.write(bytes);
            out.writeLong(checksum(bytes));
        }
        out.flush();
        return all.toByteArray();
    }

    /** Appends records to the journal of a cache made under {@code key}, starting the journal if there is none. */
    static void append(Path journal, String key, byte[] records) throws IOException {
        if (!Files.isRegularFile(journal)) {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(header)) {
                out.writeUTF(MAGIC);
                ParsedPageCodec.string(out, key);
            }
            Files.write(journal, header.toByteArray());
        }
        Files.write(journal, records, StandardOpenOption.APPEND);
    }

    /** Applies the journal's records to {@code entries} if it was made under {@code key}; stops at the first damaged record. */
    static void replay(Path journal, String key, Map<String, ParseCache.Entry> entries) {
        if (!Files.isRegularFile(journal)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(journal), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(ParsedPageCodec.string(in))) {
                return;
            }
            while (true) {
                byte[] record = record(in);
                if (record == null) {
                    return;
                }
                DataInputStream r = new ParsedPageCodec.ArrayInput(record);
                byte type = r.readByte();
                String path = ParsedPageCodec.string(r);
                if (type == REMOVE) {
                    entries.remove(path);
                } else {
                    String hash = ParsedPageCodec.string(r);
                    entries.put(path, new ParseCache.Entry(hash, ParsedPageCodec.readPage(r), ParsedPageCodec.readProblems(r),
                            ParsedPageCodec.readStamp(r)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged journal: what was read stands (each record was checked), the rest is parsed again.
        }
    }

    /** The next whole, undamaged record, or null at the end or at damage. */
    private static byte[] record(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        if (length <= 0 || length > 1 << 28) {
            return null;
        }
        byte[] bytes = readFully(in, length);
        if (bytes == null) {
            return null;
        }
        try {
            return in.readLong() == checksum(bytes) ? bytes : null;
        } catch (EOFException cut) {
            return null;
        }
    }

    private static byte[] readFully(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        return bytes.length == length ? bytes : null;
    }

    private static long checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
