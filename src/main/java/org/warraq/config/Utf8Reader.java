package org.warraq.config;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.warraq.problem.Problem;

/** Decodes bytes as strict UTF-8, naming the byte offset (and line) of the first invalid byte. */
public final class Utf8Reader {
    private Utf8Reader() {
    }

    /** The decoded text, or the problem describing where the bytes stop being UTF-8. */
    public record Decoded(String text, Problem problem) {
    }

    /** Decodes {@code bytes}; {@code path} names the file in the problem. */
    public static Decoded decode(byte[] bytes, String path) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // The line before the bad byte decoded fine: count its characters, as editors show columns.
            String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
            int column = before.codePointCount(0, before.length()) + 1;
            return new Decoded(null, Problem.error(path, line, column, String.format(
                    "invalid UTF-8 at byte offset %d (byte 0x%02X) — save the file as UTF-8", offset, bytes[offset] & 0xFF)));
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(out.toString(), null);
    }
}
