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
    private static final byte[] NULL_PART = {'-', ':'}; // no length starts with '-'
    /** Strings up to this length are encoded into the scratch array; the keys' parts are ids, hashes, paths and titles. */
    private static final int SHORT = 64;
    /** Room for a short string's UTF-8 (no char takes more than 3 bytes) and its length's digits and colon. */
    private static final int SCRATCH = 3 * SHORT + 24;

    private final Murmur3 hash = new Murmur3();
    /**
     * A part's bytes on their way to the hash, reused from part to part: a key is made of many
     * short parts, and a new array for each part's UTF-8 (and one for its length) was 14% of what
     * a 10,000-article rebuild allocated.
     */
    private final byte[] scratch = new byte[SCRATCH];

    /** A string, or null (which no string equals): its UTF-8 bytes, as {@link String#getBytes} gives them. */
    public Digest add(String s) {
        if (s == null) {
            hash.update(NULL_PART);
            return this;
        }
        if (s.length() > SHORT) {
            return add(s.getBytes(StandardCharsets.UTF_8));
        }
        return part(utf8(s));
    }

    /** A list as its size, then its items. */
    public Digest add(List<String> parts) {
        add(parts.size());
        parts.forEach(this::add);
        return this;
    }

    /** A number, as its decimal text. */
    public Digest add(long n) {
        return part(decimal(n, 0));
    }

    public Digest add(byte[] bytes) {
        prefix(bytes.length, 0);
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

    /** The first {@code length} bytes of the scratch array as one part. */
    private Digest part(int length) {
        prefix(length, length);
        hash.update(scratch, 0, length);
        return this;
    }

    /** A part's length, as its decimal text and a colon, written at {@code at} in the scratch array (after the part's bytes, if they are there). */
    private void prefix(int length, int at) {
        int end = decimal(length, at);
        scratch[end] = ':';
        hash.update(scratch, at, end + 1 - at);
    }

    /** Writes {@code n} in decimal (as {@link Long#toString(long)}) into the scratch array at {@code at}; returns where it ends. */
    private int decimal(long n, int at) {
        if (n == Long.MIN_VALUE) {
            byte[] text = Long.toString(n).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, scratch, at, text.length);
            return at + text.length;
        }
        int end = at;
        if (n < 0) {
            scratch[end++] = '-';
            n = -n;
        }
        int digits = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = end + digits - 1; i >= end; i--) {
            scratch[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        return end + digits;
    }

    /**
     * Writes a short {@code s} as UTF-8 into the scratch array; returns the number of bytes. A
     * lone surrogate becomes '?', as {@link String#getBytes} makes it, so a key does not depend
     * on the way its parts were encoded.
     */
    private int utf8(String s) {
        int length = s.length();
        byte[] out = scratch;
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xc0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xe0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[n++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[n++] = (byte) (0xf0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
                out[n++] = (byte) (0x80 | cp & 0x3f);
            } else {
                out[n++] = '?';
            }
        }
        return n;
    }
}
