package org.warraq.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DigestTest {
    private static String murmur(byte[] bytes, Random pieces) {
        Murmur3 m = new Murmur3();
        for (int i = 0; i < bytes.length; ) {
            int n = Math.min(bytes.length - i, pieces.nextInt(40));
            if (n == 1) {
                m.update(bytes[i]);
            } else {
                m.update(java.util.Arrays.copyOfRange(bytes, i, i + n));
            }
            i += n;
        }
        return HexFormat.of().formatHex(m.finish());
    }

    @Test
    void murmur3GivesTheReferenceHashesHoweverItsInputIsCut() {
        // Values of the reference MurmurHash3_x64_128 (seed 0), as Guava's murmur3_128 prints them.
        Random pieces = new Random(3);
        for (int round = 0; round < 20; round++) {
            assertEquals("6c1b07bc7bbc4be347939ac4a93c437a",
                    murmur("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII), pieces));
            assertEquals("ba94852a78d50049f91f95998a25192a", murmur("التحالف الدولي".getBytes(StandardCharsets.UTF_8), pieces));
            assertEquals("00000000000000000000000000000000", murmur(new byte[0], pieces));
        }
    }

    @Test
    void partsAreTakenApartByTheirLengths() {
        assertNotEquals(new Digest().add("a, b").hex(), new Digest().add("a").add("b").hex());
        assertNotEquals(new Digest().add("ab").add("").hex(), new Digest().add("a").add("b").hex());
        assertNotEquals(new Digest().add((String) null).hex(), new Digest().add("").hex());
        assertNotEquals(new Digest().add(List.of("a", "b")).hex(), new Digest().add(List.of("a")).add("b").hex());
        assertEquals(new Digest().add("عنوان").add(7).hex(), new Digest().add("عنوان").add(7).hex());
        assertEquals(32, new Digest().add("x").hex().length());
    }

    /** The bytes the digest of these parts must hash: each part's length in decimal, a colon, its UTF-8 (as String.getBytes gives it). */
    private static String reference(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] bytes = part == null ? null
                    : part instanceof byte[] b ? b : String.valueOf(part).getBytes(StandardCharsets.UTF_8);
            byte[] prefix = (bytes == null ? "-:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII);
            out.writeBytes(prefix);
            if (bytes != null) {
                out.writeBytes(bytes);
            }
        }
        Murmur3 m = new Murmur3();
        m.update(out.toByteArray());
        return HexFormat.of().formatHex(m.finish());
    }

    @Test
    void partsAreHashedAsTheirLengthAndTheirUtf8() {
        String arabic = "التحالف الدولي ضد داعش";
        String emoji = "a\uD83D\uDE00b"; // a surrogate pair: four bytes
        String lone = "x\uD83Dy\uDE00"; // lone surrogates: '?' each, as String.getBytes makes them
        String longText = "نص ".repeat(400) + "text ".repeat(100);
        assertEquals(reference("", arabic, emoji, lone, longText),
                new Digest().add("").add(arabic).add(emoji).add(lone).add(longText).hex());
        assertEquals(reference(null, "7", "-42", "0", String.valueOf(Long.MIN_VALUE), String.valueOf(Long.MAX_VALUE)),
                new Digest().add((String) null).add(7).add(-42).add(0).add(Long.MIN_VALUE).add(Long.MAX_VALUE).hex());
        byte[] bytes = new byte[1000];
        new Random(5).nextBytes(bytes);
        assertEquals(reference("2", "a", "ب", bytes, "after"),
                new Digest().add(List.of("a", "ب")).add(bytes).add("after").hex());
    }
}
