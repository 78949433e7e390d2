package org.warraq.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a request target into a file inside the served directory, or refuses it.
 *
 * <p>The path is split at '/' first and each segment percent-decoded exactly once, as strict UTF-8
 * (so overlong forms like {@code %c0%ae} fail), which means an encoded '/', '\' or '.' can never
 * become a separator or a dot segment. Dot segments, empty segments, NUL and control characters
 * are refused outright rather than normalized: a preview server has no reason to be lenient.
 */
final class SafePaths {
    private SafePaths() {
    }

    /** A decoded request path: its segments and whether it ended with '/'. */
    record Decoded(List<String> segments, boolean trailingSlash) {
        Decoded {
            segments = List.copyOf(segments);
        }

        /** The first segment ("ar" for /ar/articles/x/), or "" for the root. */
        String first() {
            return segments.isEmpty() ? "" : segments.get(0);
        }

        /** The path percent-encoded again (ASCII only), as for a Location header. */
        String encoded() {
            StringBuilder out = new StringBuilder();
            for (String segment : segments) {
                out.append('/').append(encode(segment));
            }
            return trailingSlash || segments.isEmpty() ? out.append('/').toString() : out.toString();
        }
    }

    /** Decodes the path of a request target (query already removed); throws for anything suspicious. */
    static Decoded decode(String rawPath) throws BadRequest {
        if (!rawPath.startsWith("/")) {
            throw new BadRequest(400, "the request target must start with '/'");
        }
        String[] raw = rawPath.substring(1).split("/", -1);
        boolean trailingSlash = raw[raw.length - 1].isEmpty();
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isEmpty()) {
                if (i == raw.length - 1) {
                    break;
                }
                throw new BadRequest(400, "empty path segment");
            }
            String segment = decodeSegment(raw[i]);
            if (segment.equals(".") || segment.equals("..")) {
                throw new BadRequest(400, "dot segments are not allowed");
            }
            segments.add(segment);
        }
        return new Decoded(segments, trailingSlash);
    }

    /**
     * The existing file or directory for {@code path} under {@code root}, if its real location
     * (symbolic links resolved) is inside the root's real location.
     */
    static Optional<Path> resolve(Path root, Decoded path) {
        Path file = root;
        for (String segment : path.segments()) {
            Path name = root.getFileSystem().getPath(segment);
            if (name.isAbsolute() || name.getRoot() != null || name.getNameCount() != 1) {
                return Optional.empty();
            }
            file = file.resolve(name);
        }
        return inside(root, file);
    }

    /** {@code file} if it exists and its real location is inside the real location of {@code root}. */
    static Optional<Path> inside(Path root, Path file) {
        try {
            Path realRoot = root.toRealPath();
            Path real = file.toRealPath();
            return real.startsWith(realRoot) && Files.exists(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String decodeSegment(String raw) throws BadRequest {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int b;
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new BadRequest(400, "incomplete percent escape");
                }
                int hi = hex(raw.charAt(i + 1));
                int lo = hex(raw.charAt(i + 2));
                if (hi < 0 || lo < 0) {
                    throw new BadRequest(400, "bad percent escape");
                }
                b = hi * 16 + lo;
                i += 2;
            } else if (c > 0xFF) {
                throw new BadRequest(400, "character outside the request line's byte range");
            } else {
                b = c;
            }
            if (b < 0x20 || b == 0x7F || b == '\\' || b == '/') {
                throw new BadRequest(400, "control character, backslash or encoded slash in the path");
            }
            bytes.write(b);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest(400, "the path is not valid UTF-8");
        }
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters. */
    static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
