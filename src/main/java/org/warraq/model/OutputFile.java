package org.warraq.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A file of the built site: its path relative to the output root ('/'-separated) and its bytes. */
public record OutputFile(String path, byte[] bytes) {
    public OutputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("output path must be relative and inside the site: " + path);
        }
    }

    /** A text file, encoded as UTF-8. */
    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
