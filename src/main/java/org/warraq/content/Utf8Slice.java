package org.warraq.content;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text kept as a range of a larger array (the parse cache file as read) and decoded only
 * when asked for. A rebuild after one edit reads 17,000 cached bodies but shows a handful: decoding
 * them all took half of reading the cache, and kept twice their size alive as Java strings.
 */
record Utf8Slice(byte[] bytes, int offset, int length) {

    /** The text, decoded anew on every call (nothing is kept: most slices are never read twice). */
    String decode() {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    /** The text of at most the first {@code max} bytes (a character cut at the end is decoded as U+FFFD). */
    String decodeStart(int max) {
        return new String(bytes, offset, Math.min(length, max), StandardCharsets.UTF_8);
    }

    /** SHA-256 of the UTF-8 bytes, hex, without decoding them. */
    String sha256() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(bytes, offset, length);
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the text as {@link ParsedPageCodec#string} would, copying its bytes. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(length);
        out.write(bytes, offset, length);
    }
}
