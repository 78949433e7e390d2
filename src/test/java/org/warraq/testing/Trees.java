package org.warraq.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Directory trees as data: every file's bytes by relative path, and a byte-exact comparison. */
public final class Trees {
    private Trees() {
    }

    /** Every regular file under {@code root}: '/'-separated relative path → bytes, sorted by path. */
    public static SortedMap<String, byte[]> read(Path root) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Copies every regular file under {@code from} to the same relative path under {@code to}; a file {@code from} is copied to {@code to}. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that two trees hold the same files with the same bytes, naming the first difference. */
    public static void assertIdentical(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "same file names");
        for (var entry : expected.entrySet()) {
            byte[] a = entry.getValue();
            byte[] b = actual.get(entry.getKey());
            int at = Arrays.mismatch(a, b);
            if (at >= 0) {
                fail(entry.getKey() + " differs at byte " + at + " (" + a.length + " vs " + b.length + " bytes): "
                        + excerpt(a, at) + " vs " + excerpt(b, at));
            }
        }
    }

    /** Asserts that two directories hold the same files with the same bytes. */
    public static void assertIdentical(Path expected, Path actual) {
        assertIdentical(read(expected), read(actual));
    }

    private static String excerpt(byte[] bytes, int at) {
        int from = Math.max(0, at - 40);
        int to = Math.min(bytes.length, at + 40);
        return "'" + new String(bytes, from, to - from, java.nio.charset.StandardCharsets.UTF_8) + "'";
    }
}
