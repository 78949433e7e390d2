package org.warraq.model;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * A 128-bit hash ({@link Murmur3}) over length-prefixed parts, so that no two different lists of
 * parts feed it the same bytes ("a, b" as one part is not "a" and "b"): what every cache key,
 * input key and document key of a build is made with. Its parts are the build's own inputs, and
 * content is named by SHA-256 where it enters (a source file by the hash of its bytes). Not
 * thread-safe; one per key.
 */
public final class Digest {
    private final Murmur3 hash = new Murmur3();

    /** A string, or null (which no string equals). */
    public Digest add(String s) {
        if (s == null) {
            hash.update("-:".getBytes(StandardCharsets.US_ASCII)); // no length starts with '-'
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
        hash.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        hash.update((byte) ':');
        hash.update(bytes);
        return this;
    }

    /** The digest; the parts added are spent. */
    public byte[] bytes() {
        return hash.finish();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes());
    }
}
