package org.warraq.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a stage made for one language (related lists, a search index), remembered by a
 * fingerprint of everything it was made from, so that a build in which none of that language's
 * articles changed takes the result over instead of analyzing every article again. Kept in
 * memory by a {@code BuildPipeline} and saved under {@code .warraq-cache/} for the next process;
 * the file carries a key (the generator), and one made by another generator is not read.
 * Thread-safe.
 */
final class StageMemo {
    /** Starts every memo file; change it when the layout below changes. */
    private static final String MAGIC = "warraq-stage-memo-1";

    /**
     * A remembered value: its bytes (as loaded from the file), the value itself once decoded or
     * kept, and for a kept value not yet encoded the encoder that makes its bytes when saved.
     */
    private record Slot(String fingerprint, byte[] value, Object decoded, java.util.function.Supplier<byte[]> encoder) {
        Slot(String fingerprint, byte[] value) {
            this(fingerprint, value, null, null);
        }

        byte[] bytes() {
            return value != null ? value : encoder.get();
        }
    }

    private final Map<String, Slot> slots = new TreeMap<>();
    private String key;
    private boolean changed;
    /** Whether values are kept as they are between builds: see {@link #keepValues}. */
    private volatile boolean valuesKept;

    private StageMemo(String key) {
        this.key = key;
    }

    /** An empty memo for results made by the generator named {@code key}. */
    static StageMemo empty(String key) {
        return new StageMemo(key);
    }

    /** The memo saved in {@code file}, if made under {@code key}; else an empty one (a damaged file costs time, never a wrong page). */
    static StageMemo load(Path file, String key) {
        StageMemo memo = new StageMemo(key);
        if (!Files.isRegularFile(file)) {
            return memo;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(fileString(in))) {
                return memo;
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = fileString(in);
                String fingerprint = fileString(in);
                byte[] value = new byte[in.readInt()];
                in.readFully(value);
                memo.slots.put(name, new Slot(fingerprint, value));
            }
        } catch (IOException | RuntimeException e) {
            return new StageMemo(key);
        }
        return memo;
    }

    /** Forgets everything unless it was made under {@code newKey}. */
    synchronized void useKey(String newKey) {
        if (!newKey.equals(key)) {
            slots.clear();
            key = newKey;
            changed = true;
        }
    }

    /**
     * Whether values are kept as they are, for the builds this process runs next (the preview's):
     * then {@link #keep} encodes a value only when the memo is saved, and {@link #recall} decodes
     * one only once. Otherwise a value is encoded when kept and decoded whenever recalled, so that
     * none stays in memory past its stage: held to the end of a cold build at 10,000 articles, the
     * related lists' key terms and the search index's postings left the render stage less heap.
     */
    void keepValues(boolean kept) {
        valuesKept = kept;
    }

    /**
     * The value {@code slot} holds if it was made from inputs with this fingerprint: as kept (see
     * {@link #keep}) or decoded by an earlier call, else decoded from its bytes by {@code decoder}
     * and kept decoded for the next build of this process (see {@link #keepValues}). The preview's rebuilds at 10,000
     * articles decoded and encoded some 20 MB of related lists, key terms and search index state
     * each time (80 ms of CPU). Values must be immutable: every later build is given the same one.
     */
    <T> Optional<T> recall(String slot, String fingerprint, Class<T> type, java.util.function.Function<byte[], Optional<T>> decoder) {
        Slot s;
        synchronized (this) {
            s = slots.get(slot);
        }
        if (s == null || !s.fingerprint.equals(fingerprint)) {
            return Optional.empty();
        }
        if (type.isInstance(s.decoded)) {
            return Optional.of(type.cast(s.decoded));
        }
        Optional<T> decoded = decoder.apply(s.bytes());
        if (!valuesKept) {
            return decoded;
        }
        decoded.ifPresent(value -> {
            synchronized (this) {
                slots.replace(slot, s, new Slot(s.fingerprint, s.value, value, s.encoder));
            }
        });
        return decoded;
    }

    /**
     * Remembers {@code value} as it is, as what inputs with this fingerprint give for {@code slot};
     * {@code encoder} makes its bytes when the memo is saved (for the preview, after the build,
     * in the background), or at once unless values are kept ({@link #keepValues}). The value must
     * be immutable.
     */
    void keep(String slot, String fingerprint, Object value, java.util.function.Supplier<byte[]> encoder) {
        if (valuesKept) {
            synchronized (this) {
                slots.put(slot, new Slot(fingerprint, null, value, encoder));
                changed = true;
            }
            return;
        }
        byte[] bytes = encoder.get();
        synchronized (this) {
            Slot old = slots.put(slot, new Slot(fingerprint, bytes));
            changed |= old == null || !old.fingerprint.equals(fingerprint) || !java.util.Arrays.equals(old.value, bytes);
        }
    }

    /** Saves the memo if anything changed since it was loaded or last saved (written beside, then renamed). */
    void saveIfChanged(Path file) throws IOException {
        Map<String, Slot> copy;
        String savedKey;
        synchronized (this) {
            if (!changed && Files.isRegularFile(file)) {
                return;
            }
            copy = new TreeMap<>(slots);
            savedKey = key;
            changed = false;
        }
        // Kept values are encoded here, outside the lock (a build may recall them meanwhile), and
        // side by side: a cold build at 10,000 articles encodes four of 3-13 MB each.
        Map<String, byte[]> bytes = new java.util.concurrent.ConcurrentHashMap<>();
        copy.entrySet().parallelStream().forEach(e -> bytes.put(e.getKey(), e.getValue().bytes()));
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
            out.writeUTF(MAGIC);
            fileString(out, savedKey);
            out.writeInt(copy.size());
            for (var e : copy.entrySet()) {
                byte[] value = bytes.get(e.getKey());
                fileString(out, e.getKey());
                fileString(out, e.getValue().fingerprint());
                out.writeInt(value.length);
                out.write(value);
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes a value for {@link #keep} (its encoder) field by field. */
    interface Writer {
        void write(Output out);
    }

    /** Reads a value written by a {@link Writer}. */
    interface Reader<T> {
        T read(Input in);
    }

    static byte[] encode(Writer writer) {
        Output out = new Output();
        writer.write(out);
        return java.util.Arrays.copyOf(out.buf, out.count);
    }

    /** The decoded value; empty if it cannot be read (then the stage runs again). */
    static <T> Optional<T> decode(byte[] value, Reader<T> reader) {
        try {
            Input in = new Input(value);
            T decoded = reader.read(in);
            return in.position == value.length ? Optional.of(decoded) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A value's fields in a growing byte array, laid out as DataOutputStream lays them out. Its
     * own class because DataOutputStream writes an int as four calls to the stream below, and a
     * rebuild of a 10,000-article site writes and reads 7 MB of related lists and key terms (under
     * C1, 124 and 92 ms of CPU that way).
     */
    static final class Output {
        private byte[] buf = new byte[1 << 16];
        private int count;

        void writeInt(int v) {
            room(4);
            buf[count] = (byte) (v >>> 24);
            buf[count + 1] = (byte) (v >>> 16);
            buf[count + 2] = (byte) (v >>> 8);
            buf[count + 3] = (byte) v;
            count += 4;
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void writeBoolean(boolean v) {
            room(1);
            buf[count++] = (byte) (v ? 1 : 0);
        }

        void write(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, buf, count, bytes.length);
            count += bytes.length;
        }

        private void room(int more) {
            if (count + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
            }
        }
    }

    /** Reads what an {@link Output} wrote; past the end it throws (an IndexOutOfBoundsException). */
    static final class Input {
        private final byte[] buf;
        private int position;

        Input(byte[] buf) {
            this.buf = buf;
        }

        int readInt() {
            java.util.Objects.checkFromIndexSize(position, 4, buf.length);
            int v = (buf[position] & 0xff) << 24 | (buf[position + 1] & 0xff) << 16 | (buf[position + 2] & 0xff) << 8
                    | buf[position + 3] & 0xff;
            position += 4;
            return v;
        }

        long readLong() {
            return (long) readInt() << 32 | readInt() & 0xffffffffL;
        }

        boolean readBoolean() {
            java.util.Objects.checkIndex(position, buf.length);
            return buf[position++] != 0;
        }
    }

    /** A string of any length (writeUTF stops at 64 KB). */
    static void string(Output out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(Input in) {
        int length = in.readInt();
        java.util.Objects.checkFromIndexSize(in.position, length, in.buf.length);
        String s = new String(in.buf, in.position, length, StandardCharsets.UTF_8);
        in.position += length;
        return s;
    }

    private static void fileString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String fileString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 26) {
            throw new IOException("bad string length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
