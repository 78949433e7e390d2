package org.warraq.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    private record Slot(String fingerprint, byte[] value) {
    }

    private final Map<String, Slot> slots = new TreeMap<>();
    private String key;
    private boolean changed;

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
            if (!MAGIC.equals(in.readUTF()) || !key.equals(string(in))) {
                return memo;
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = string(in);
                String fingerprint = string(in);
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

    /** What {@code slot} holds if it was made from inputs with this fingerprint. */
    synchronized Optional<byte[]> recall(String slot, String fingerprint) {
        Slot s = slots.get(slot);
        return s != null && s.fingerprint.equals(fingerprint) ? Optional.of(s.value) : Optional.empty();
    }

    /** Remembers {@code value} as what inputs with this fingerprint give for {@code slot}. */
    synchronized void remember(String slot, String fingerprint, byte[] value) {
        Slot old = slots.put(slot, new Slot(fingerprint, value.clone()));
        changed |= old == null || !old.fingerprint.equals(fingerprint) || !java.util.Arrays.equals(old.value, value);
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
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
            out.writeUTF(MAGIC);
            string(out, savedKey);
            out.writeInt(copy.size());
            for (var e : copy.entrySet()) {
                string(out, e.getKey());
                string(out, e.getValue().fingerprint());
                out.writeInt(e.getValue().value().length);
                out.write(e.getValue().value());
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes a value for {@link #remember} field by field. */
    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads a value written by a {@link Writer}. */
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    static byte[] encode(Writer writer) {
        Output bytes = new Output();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Arrays.copyOf(bytes.buf, bytes.count);
    }

    /** The decoded value; empty if it cannot be read (then the stage runs again). */
    static <T> Optional<T> decode(byte[] value, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new org.warraq.content.ByteInput(value))) {
            return Optional.of(reader.read(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A growing byte array without ByteArrayOutputStream's lock, which DataOutputStream takes four
     * times per int: encoding a 10,000-article site's key terms took twice as long with it.
     */
    private static final class Output extends java.io.OutputStream {
        byte[] buf = new byte[1 << 16];
        int count;

        @Override
        public void write(int b) {
            if (count == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (count + len > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + len));
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }
    }

    /** A string of any length (writeUTF stops at 64 KB). */
    static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 26) {
            throw new IOException("bad string length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
