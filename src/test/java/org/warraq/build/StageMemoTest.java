package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.model.PageId;
import org.warraq.testing.TestSite;

/** Stage results remembered by the fingerprint of their inputs, in memory and between processes. */
class StageMemoTest {
    @TempDir
    Path dir;

    @Test
    void aSlotIsRecalledOnlyForTheFingerprintItWasRememberedWith() {
        StageMemo memo = StageMemo.empty("generator-1");
        memo.keepValues(true);
        memo.keep("search/ar", "f1", "kept", () -> new byte[] {1, 2, 3});
        assertEquals("kept", memo.recall("search/ar", "f1", String.class, bytes -> Optional.of("decoded")).orElseThrow());
        assertArrayEquals(new byte[] {1, 2, 3}, bytes(memo, "search/ar", "f1").orElseThrow());
        assertTrue(bytes(memo, "search/ar", "f2").isEmpty());
        assertTrue(bytes(memo, "search/en", "f1").isEmpty());
    }

    @Test
    void aKeptValueIsEncodedOnlyWhenTheMemoIsSaved() throws IOException {
        AtomicInteger encoded = new AtomicInteger();
        StageMemo memo = StageMemo.empty("generator-1");
        memo.keepValues(true);
        memo.keep("related/ar", "f1", "kept", countingEncoder(encoded, new byte[] {4, 2}));
        memo.recall("related/ar", "f1", String.class, bytes -> Optional.of("decoded"));
        assertEquals(0, encoded.get(), "a build recalling it gets it as it is");
        Path file = dir.resolve("stages.bin");
        memo.saveIfChanged(file);
        assertEquals(1, encoded.get());
        assertArrayEquals(new byte[] {4, 2}, bytes(StageMemo.load(file, "generator-1"), "related/ar", "f1").orElseThrow());
    }

    @Test
    void aValueReadFromTheFileIsDecodedOnceForAllBuildsOfAProcess() throws IOException {
        Path file = savedWith((byte) 9);
        StageMemo memo = StageMemo.load(file, "generator-1");
        memo.keepValues(true);
        AtomicInteger decoded = new AtomicInteger();
        var decoder = countingDecoder(decoded);
        String first = memo.recall("related/ar", "f1", String.class, decoder).orElseThrow();
        String second = memo.recall("related/ar", "f1", String.class, decoder).orElseThrow();
        assertEquals("decoded 9", first);
        assertSame(first, second);
        assertEquals(1, decoded.get());
        assertTrue(memo.recall("related/ar", "f2", String.class, decoder).isEmpty());
        assertTrue(StageMemo.load(file, "generator-1").recall("related/ar", "f1", String.class, bytes -> Optional.empty()).isEmpty(),
                "a value that cannot be decoded is not there");
    }

    /** A memo file of generator-1 whose slot related/ar holds, for fingerprint f1, the one byte {@code value}. */
    private Path savedWith(byte value) throws IOException {
        Path file = dir.resolve("stages.bin");
        StageMemo memo = StageMemo.empty("generator-1");
        memo.keep("related/ar", "f1", "kept", () -> new byte[] {value});
        memo.saveIfChanged(file);
        return file;
    }

    /** The bytes {@code slot} holds for this fingerprint, as the memo's file has them. */
    private static Optional<byte[]> bytes(StageMemo memo, String slot, String fingerprint) {
        return memo.recall(slot, fingerprint, byte[].class, Optional::of);
    }

    /** Encodes a value as {@code bytes}, counting its calls. */
    private static java.util.function.Supplier<byte[]> countingEncoder(AtomicInteger calls, byte[] bytes) {
        return () -> {
            calls.incrementAndGet();
            return bytes;
        };
    }

    /** Decodes a value's first byte as "decoded N", counting its calls. */
    private static java.util.function.Function<byte[], Optional<String>> countingDecoder(AtomicInteger calls) {
        return bytes -> {
            calls.incrementAndGet();
            return Optional.of("decoded " + bytes[0]);
        };
    }

    /** A build in a process that ends after it keeps no value past its stage: encoded at once, decoded each time. */
    @Test
    void withoutKeepingValuesAValueIsEncodedAtOnceAndDecodedWhenRecalled() {
        AtomicInteger encoded = new AtomicInteger();
        AtomicInteger decoded = new AtomicInteger();
        StageMemo memo = StageMemo.empty("generator-1");
        memo.keep("related/ar", "f1", "kept", countingEncoder(encoded, new byte[] {5}));
        assertEquals(1, encoded.get());
        var decoder = countingDecoder(decoded);
        assertEquals("decoded 5", memo.recall("related/ar", "f1", String.class, decoder).orElseThrow());
        assertEquals("decoded 5", memo.recall("related/ar", "f1", String.class, decoder).orElseThrow());
        assertEquals(2, decoded.get());
    }

    @Test
    void aSavedMemoIsReadBackByTheSameGeneratorOnly() throws IOException {
        Path file = savedWith((byte) 7);

        assertArrayEquals(new byte[] {7}, bytes(StageMemo.load(file, "generator-1"), "related/ar", "f1").orElseThrow());
        assertTrue(bytes(StageMemo.load(file, "generator-2"), "related/ar", "f1").isEmpty());
    }

    @Test
    void aDamagedFileGivesAnEmptyMemo() throws IOException {
        Path file = dir.resolve("stages.bin");
        StageMemo memo = StageMemo.empty("generator-1");
        memo.keep("related/ar", "f1", "kept", () -> new byte[100]);
        memo.saveIfChanged(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 50));

        assertTrue(bytes(StageMemo.load(file, "generator-1"), "related/ar", "f1").isEmpty());
    }

    @Test
    void relatedListsAndKeyTermsComeBackAsTheyWereRemembered() throws IOException {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/a1.md", "---\ntitle: \"التحالف في أفريقيا\"\ndate: 2022-05-01\ntags: [وسم]\n---\n\nنص عن التحالف الدولي في أفريقيا.\n",
                "content/ar/articles/a2.md", "---\ntitle: \"اجتماع التحالف\"\ndate: 2022-05-02\ntags: [وسم]\n---\n\nنص عن اجتماع التحالف الدولي.\n");
        StageMemo memo = StageMemo.empty("generator-1");
        RememberedRelated related = new RememberedRelated(memo, "parse-1");
        BuildPipeline.inspect(BuildOptions.of(site.root()));
        // What a build of the site remembered, read back from its saved memo.
        var saved = new RememberedRelated(StageMemo.load(site.root().resolve(".warraq-cache/stages.bin"),
                CacheKeys.generator()), CacheKeys.parse(false)).recall("ar").orElseThrow();
        assertTrue(new RememberedRelated(StageMemo.load(site.root().resolve(".warraq-cache/stages.bin"),
                CacheKeys.generator()), CacheKeys.parse(true)).recall("ar").isEmpty(),
                "key terms kept under other parse settings are not taken over");
        assertEquals(2, saved.index().names().size());
        assertTrue(saved.index().hashes().stream().allMatch(h -> h != null && h.length() == 64), "source hashes kept");
        related.remember("ar", saved);
        memo.saveIfChanged(dir.resolve("again.bin"));
        var again = new RememberedRelated(StageMemo.load(dir.resolve("again.bin"), "generator-1"), "parse-1").recall("ar")
                .orElseThrow();
        assertEquals(saved, again);
        assertTrue(again.index().ranksLike(saved.index()));
        assertEquals(List.of(new PageId("ar", org.warraq.content.ContentKind.ARTICLE, "a1")),
                again.lists().get(new PageId("ar", org.warraq.content.ContentKind.ARTICLE, "a2")));
    }

    @Test
    void aValueReadsBackFieldByFieldAndACutOrOverlongOneReadsAsNothing() {
        byte[] bytes = StageMemo.encode(out -> {
            out.writeInt(-7);
            out.writeLong(Long.MIN_VALUE + 3);
            out.writeBoolean(true);
            StageMemo.string(out, "داعش — ISIS");
        });
        StageMemo.Reader<String> reader = in -> in.readInt() + " " + in.readLong() + " " + in.readBoolean() + " "
                + StageMemo.string(in);
        assertEquals(java.util.Optional.of("-7 " + (Long.MIN_VALUE + 3) + " true داعش — ISIS"),
                StageMemo.decode(bytes, reader));
        assertTrue(StageMemo.decode(java.util.Arrays.copyOf(bytes, bytes.length - 1), reader).isEmpty(), "cut short");
        assertTrue(StageMemo.decode(java.util.Arrays.copyOf(bytes, bytes.length + 1), reader).isEmpty(), "bytes left over");
    }
}
