package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafePathsTest {
    @TempDir
    Path dir;

    @Test
    void decodesArabicSegmentsOnce() throws BadRequest {
        SafePaths.Decoded path = SafePaths.decode("/ar/tags/%D9%85%D8%B1%D8%A7%D9%83%D8%B4/");
        assertEquals(List.of("ar", "tags", "مراكش"), path.segments());
        assertTrue(path.trailingSlash());
        assertEquals("/ar/tags/%D9%85%D8%B1%D8%A7%D9%83%D8%B4/", path.encoded());
    }

    @Test
    void doubleEncodingStaysLiteral() throws BadRequest {
        assertEquals(List.of("%2e%2e", "x"), SafePaths.decode("/%252e%252e/x").segments());
    }

    @Test
    void rootHasNoSegments() throws BadRequest {
        SafePaths.Decoded root = SafePaths.decode("/");
        assertEquals(List.of(), root.segments());
        assertEquals("/", root.encoded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "etc/passwd", "", "*", "http://localhost/x", "/..", "/../x", "/a/../../x",
        "/./x", "/%2e%2e/x", "/%2E%2E/x", "/.%2e/x", "/%2e/x", "/..%2fx", "/%2F", "/..%5cx", "/a\\b", "/%00", "/a%00.html",
        "/%c0%ae%c0%ae/x", "/%c0%af", "/%e0%80%ae/x", "/%ed%a0%80", "/%", "/%2", "/%zz", "/%%32%65", "//x", "/a//b",
        "/a%0d%0aSet-Cookie:x", "/\u0001", "/\u007f", "/a%7f"})
    void refusesSuspiciousTargets(String target) {
        assertThrows(BadRequest.class, () -> SafePaths.decode(target));
    }

    @Test
    void resolvesOnlyInsideTheRoot() throws IOException, BadRequest {
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(root.resolve("in.txt"), "in");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("leakdir"), dir);
        Files.createSymbolicLink(root.resolve("ok.txt"), root.resolve("in.txt"));
        assertTrue(SafePaths.resolve(root, SafePaths.decode("/in.txt")).isPresent());
        assertTrue(SafePaths.resolve(root, SafePaths.decode("/ok.txt")).isPresent(), "a link inside the root is fine");
        assertTrue(SafePaths.resolve(root, SafePaths.decode("/leak.txt")).isEmpty());
        assertTrue(SafePaths.resolve(root, SafePaths.decode("/leakdir/secret.txt")).isEmpty());
        assertTrue(SafePaths.resolve(root, SafePaths.decode("/missing")).isEmpty());
    }
}
