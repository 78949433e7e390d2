package org.warraq.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over length-prefixed parts, so that no two different lists of parts feed it the same
 * bytes ("a, b" as one part is not "a" and "b"): what every cache key, input key and document key
 * of a build is made with. Not thread-safe; one per key.
 */
public final class Digest {
    private final MessageDigest sha;

    public Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A string, or null (which no string equals). */
    public Digest add(String s) {
        if (s == null) {
            sha.update("-:".getBytes(StandardCharsets.US_ASCII)); // no length starts with '-'
            return this;
        }
        return add(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A list as its size, then its items. */
    public Digest add(List<String> parts) {
        add(Integer.toString(parts.size()));
        parts.forEach(this::add);
        return this;
    }

    /** A number, as its decimal text. */
    public Digest add(long n) {
        return add(Long.toString(n));
    }

    public Digest add(byte[] bytes) {
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
        return this;
    }

    /** The digest; the parts added are spent. */
    public byte[] bytes() {
        return sha.digest();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes());
    }
}
