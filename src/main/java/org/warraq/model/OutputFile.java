package org.warraq.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file of the built site: its path relative to the output root ('/'-separated), its bytes and
 * optionally a key naming what it was made from. A file without bytes is "the same as the
 * previous build's file with this key": the render cache found its inputs unchanged, and the
 * output stage takes it over from the previous output instead of writing it again.
 */
public record OutputFile(String path, byte[] bytes, String key) {
    public OutputFile {
        Objects.requireNonNull(path, "path");
        if (bytes == null && key == null) {
            throw new IllegalArgumentException("an output file needs bytes or the key of a previous build's file: " + path);
        }
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("output path must be relative and inside the site: " + path);
        }
    }

    /** A file with these bytes. */
    public OutputFile(String path, byte[] bytes) {
        this(path, Objects.requireNonNull(bytes, "bytes"), null);
    }

    /** A text file, encoded as UTF-8. */
    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The previous build's file at {@code path}, whose inputs had this key and have not changed. */
    public static OutputFile reused(String path, String key) {
        return new OutputFile(path, null, Objects.requireNonNull(key, "key"));
    }

    /**
     * The key of a file named by the SHA-256 of its bytes (the search index's files): that digest
     * ({@code sha256}), marked so that it never equals a view key. Given with the file, it spares
     * the output hashing the bytes again.
     */
    public static String contentKey(byte[] sha256) {
        return "sha256:" + java.util.HexFormat.of().formatHex(sha256);
    }

    /** Whether this file is taken over from the previous build rather than written. */
    public boolean isReused() {
        return bytes == null;
    }
}
