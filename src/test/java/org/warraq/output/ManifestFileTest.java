package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output manifest's file: what is saved is read back, by appended changes or whole, and damage costs only the cache. */
class ManifestFileTest {
    @TempDir
    Path dir;

    private static OutputManifest manifest(int pages, String keyPrefix) {
        Map<String, OutputManifest.Entry> files = new HashMap<>();
        for (int i = 0; i < pages; i++) {
            files.put("ar/articles/a-" + i + "/index.html", new OutputManifest.Entry(keyPrefix + i, 1000 + i, 1_700_000_000_000L + i));
        }
        return new OutputManifest(files);
    }

    private static OutputManifest changed(OutputManifest manifest, String path, OutputManifest.Entry entry) {
        Map<String, OutputManifest.Entry> files = new HashMap<>(manifest.files());
        if (entry == null) {
            files.remove(path);
        } else {
            files.put(path, entry);
        }
        return new OutputManifest(files);
    }

    private long lines(Path file) throws IOException {
        return Files.readAllLines(file).size();
    }

    @Test
    void aRebuildsFewChangesAreAppendedAndReadBackAsTheWholeManifest() throws IOException {
        Path file = dir.resolve("cache/output-site-0123.tsv");
        OutputManifest first = manifest(100, "in:");
        ManifestFile saved = ManifestFile.read(file).save(first);
        assertEquals(first, ManifestFile.read(file).manifest());
        assertEquals(100, lines(file));

        OutputManifest second = changed(changed(first, "ar/articles/a-7/index.html", new OutputManifest.Entry("in:new", 5, 6)),
                "ar/articles/a-8/index.html", null);
        second = changed(second, "ar/feed.xml", new OutputManifest.Entry("bytes:x", 7, 8));
        saved = saved.save(second);
        assertEquals(103, lines(file), "an entry changed, one removed, one added: three lines appended");
        assertEquals(second, ManifestFile.read(file).manifest());
        assertEquals(second, saved.manifest());

        assertEquals(103, lines(ManifestFile.read(file).save(second).path()), "nothing changed, nothing written");
    }

    @Test
    void appendedLinesAreWrittenWholeAgainOnceTheyOutnumberTheEntries() throws IOException {
        Path file = dir.resolve("output.tsv");
        OutputManifest manifest = manifest(10, "in:");
        ManifestFile saved = ManifestFile.read(file).save(manifest);
        for (int round = 0; round < 30; round++) {
            manifest = changed(manifest, "ar/articles/a-" + round % 10 + "/index.html", new OutputManifest.Entry("in:r" + round, round, round));
            saved = saved.save(manifest);
            assertTrue(lines(file) <= 20, "round " + round + ": " + lines(file) + " lines");
            assertEquals(manifest, ManifestFile.read(file).manifest());
        }
    }

    @Test
    void aFileAnotherProcessWroteMeanwhileIsWrittenWholeNotAppendedTo() throws IOException {
        Path file = dir.resolve("output.tsv");
        OutputManifest first = manifest(20, "in:");
        ManifestFile mine = ManifestFile.read(file).save(first);
        // Another build of the same output saved its own manifest after this one read the file.
        OutputManifest theirs = manifest(20, "in:theirs-");
        ManifestFile.read(file).save(changed(theirs, "robots.txt", new OutputManifest.Entry("bytes:r", 1, 2)));
        OutputManifest next = changed(first, "ar/articles/a-3/index.html", new OutputManifest.Entry("in:mine", 1, 2));
        mine.save(next);
        assertEquals(next, ManifestFile.read(file).manifest(), "appending its changes to their file would mix the two");
        assertEquals(20, lines(file));
    }

    @Test
    void aFileCutShortOrDamagedIsReadAsNoManifest() throws IOException {
        Path file = dir.resolve("output.tsv");
        ManifestFile.read(file).save(manifest(5, "in:"));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertEquals(OutputManifest.EMPTY, ManifestFile.read(file).manifest(), "a process stopped while appending");
        Files.writeString(file, "in:x\tnot a number\t5\tindex.html\n");
        assertEquals(OutputManifest.EMPTY, ManifestFile.read(file).manifest());
        Files.writeString(file, "in:x\t1\n");
        assertEquals(OutputManifest.EMPTY, ManifestFile.read(file).manifest());
        assertEquals(OutputManifest.EMPTY, ManifestFile.read(dir.resolve("missing.tsv")).manifest());
    }
}
