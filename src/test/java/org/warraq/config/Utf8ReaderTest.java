package org.warraq.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {
    private static final String PATH = "content/ar/articles/a.md";

    @Test
    void decodesValidUtf8IncludingArabicAndAstralCharacters() {
        String text = "---\ntitle: \"وراق 📚\"\n---\n";
        var decoded = Utf8Reader.decode(text.getBytes(StandardCharsets.UTF_8), PATH);
        assertNull(decoded.problem());
        assertEquals(text, decoded.text());
    }

    @Test
    void invalidByteIsReportedWithItsByteOffsetLineAndColumn() {
        // "---\n" (4 bytes) + "title: x\n" (9 bytes) = 13 bytes before line 3; then "ab" and the bad byte.
        byte[] bytes = bytes("---\ntitle: x\nab", new byte[] {(byte) 0xFF}, "\n");
        var decoded = Utf8Reader.decode(bytes, PATH);
        assertNull(decoded.text());
        assertEquals("content/ar/articles/a.md:3:3: invalid UTF-8 at byte offset 15 (byte 0xFF) — save the file as UTF-8",
                decoded.problem().format());
    }

    @Test
    void columnCountsCharactersNotBytesAfterArabicText() {
        // "النص " is 9 bytes but 5 characters: the bad byte is the 6th character of line 1.
        byte[] bytes = bytes("النص ", new byte[] {(byte) 0xC3, (byte) 0x28}, "");
        var problem = Utf8Reader.decode(bytes, PATH).problem();
        assertEquals(1, problem.line());
        assertEquals(6, problem.column());
        assertEquals("invalid UTF-8 at byte offset 9 (byte 0xC3) — save the file as UTF-8", problem.message());
    }

    @Test
    void latin1FileIsRejected() {
        byte[] bytes = "---\ntitle: café\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        var problem = Utf8Reader.decode(bytes, PATH).problem();
        assertEquals(2, problem.line());
        assertEquals(11, problem.column());
        assertEquals("invalid UTF-8 at byte offset 14 (byte 0xE9) — save the file as UTF-8", problem.message());
    }

    @Test
    void truncatedSequenceAtTheEndIsRejected() {
        byte[] full = "ش".getBytes(StandardCharsets.UTF_8);
        var problem = Utf8Reader.decode(new byte[] {'a', full[0]}, PATH).problem();
        assertEquals("invalid UTF-8 at byte offset 1 (byte 0xD8) — save the file as UTF-8", problem.message());
    }

    private static byte[] bytes(String before, byte[] bad, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
