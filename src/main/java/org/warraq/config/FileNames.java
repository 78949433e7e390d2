package org.warraq.config;

import java.nio.charset.StandardCharsets;

/**
 * How long a name may be where the site makes a file or folder of it (a slug, a tag, a topic id,
 * a static file with its content hash, a new article's file): the file systems sites are built on
 * (ext4, APFS, NTFS) allow 255 bytes a name, and an Arabic letter takes two in UTF-8.
 */
public final class FileNames {
    /** Bytes a file or folder name may have. */
    public static final int MAX_BYTES = 255;

    private FileNames() {
    }

    /** The bytes {@code name} takes as a file or folder name (UTF-8). */
    public static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }
}
