package org.warraq.model;

/**
 * MurmurHash3, x64 128-bit variant (Austin Appleby's public-domain algorithm, seed 0), fed in
 * pieces. For keys that tell a build's inputs apart, not for anything an attacker could aim at:
 * content is hashed with SHA-256 where it is named (sources, assets, index files). In pure Java
 * it is several times faster than SHA-256 without the JIT's intrinsic, which a rebuild compiled
 * with C1 only lacks (SHA-256 took 6% of a 10,000-article rebuild's CPU).
 */
final class Murmur3 {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1;
    private long h2;
    private final byte[] tail = new byte[16];
    private int tailLength;
    private long length;

    void update(byte b) {
        tail[tailLength++] = b;
        length++;
        if (tailLength == 16) {
            block(tail, 0);
            tailLength = 0;
        }
    }

    void update(byte[] bytes) {
        update(bytes, 0, bytes.length);
    }

    /** The {@code count} bytes of {@code bytes} from {@code offset}. */
    void update(byte[] bytes, int offset, int count) {
        int i = offset;
        int end = offset + count;
        length += count;
        if (tailLength > 0) {
            int n = Math.min(16 - tailLength, count);
            System.arraycopy(bytes, i, tail, tailLength, n);
            tailLength += n;
            i += n;
            if (tailLength < 16) {
                return;
            }
            block(tail, 0);
            tailLength = 0;
        }
        for (; i + 16 <= end; i += 16) {
            block(bytes, i);
        }
        System.arraycopy(bytes, i, tail, 0, end - i);
        tailLength = end - i;
    }

    private void block(byte[] b, int at) {
        long k1 = littleEndian(b, at);
        long k2 = littleEndian(b, at + 8);
        h1 ^= mixK1(k1);
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= mixK2(k2);
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    /** The 16 bytes of the hash (h1 then h2, little-endian, as the reference prints them). */
    byte[] finish() {
        long k1 = 0;
        long k2 = 0;
        for (int i = tailLength - 1; i >= 8; i--) {
            k2 = (k2 << 8) | (tail[i] & 0xffL);
        }
        for (int i = Math.min(tailLength, 8) - 1; i >= 0; i--) {
            k1 = (k1 << 8) | (tail[i] & 0xffL);
        }
        if (tailLength > 8) {
            h2 ^= mixK2(k2);
        }
        if (tailLength > 0) {
            h1 ^= mixK1(k1);
        }
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h1 >>> (8 * i));
            out[8 + i] = (byte) (h2 >>> (8 * i));
        }
        return out;
    }

    private static long mixK1(long k1) {
        return Long.rotateLeft(k1 * C1, 31) * C2;
    }

    private static long mixK2(long k2) {
        return Long.rotateLeft(k2 * C2, 33) * C1;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** Written out rather than looped: a rebuild runs this compiled by C1, which does not unroll loops. */
    private static long littleEndian(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24
                | (b[at + 4] & 0xffL) << 32 | (b[at + 5] & 0xffL) << 40 | (b[at + 6] & 0xffL) << 48 | (b[at + 7] & 0xffL) << 56;
    }
}
