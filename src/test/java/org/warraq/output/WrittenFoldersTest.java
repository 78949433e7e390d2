package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the preview's folders hold, known across the renames that make a build a version and a version the spare. */
class WrittenFoldersTest {
    @TempDir
    Path dir;

    @Test
    void aFolderIsKnownByWhatItHoldsAfterARename() throws Exception {
        WrittenFolders folders = new WrittenFolders();
        Path out = Files.createDirectories(dir.resolve("out"));
        folders.wrote(out, Set.of("index.html", "ar/index.html"));
        Path version = Files.move(out, dir.resolve("v1"));
        assertEquals(Set.of("index.html", "ar/index.html"), folders.take(version));
    }

    @Test
    void whatIsTakenIsForgottenUntilWrittenAgain() throws Exception {
        WrittenFolders folders = new WrittenFolders();
        Path out = Files.createDirectories(dir.resolve("out"));
        folders.wrote(out, Set.of("index.html"));
        folders.take(out);
        assertNull(folders.take(out), "a build that took it and failed may have changed it");
        folders.wrote(out, Set.of("404.html"));
        assertEquals(Set.of("404.html"), folders.take(out));
    }

    @Test
    void aFolderNoBuildLeftIsUnknown() throws Exception {
        WrittenFolders folders = new WrittenFolders();
        folders.wrote(Files.createDirectories(dir.resolve("v1")), Set.of("index.html"));
        assertNull(folders.take(Files.createDirectories(dir.resolve("kept"))));
        assertNull(folders.take(dir.resolve("missing")));
    }

    @Test
    void filesAnEditWroteAreAddedToWhatEachFolderMayHold() throws Exception {
        WrittenFolders folders = new WrittenFolders();
        Path served = Files.createDirectories(dir.resolve("v1"));
        Path spare = Files.createDirectories(dir.resolve("v0"));
        folders.wrote(served, Set.of("index.html"));
        folders.wrote(spare, Set.of("index.html", "old.html"));
        folders.rewrote(List.of("index.html", "ar/new.html"));
        assertEquals(Set.of("index.html", "ar/new.html"), folders.take(served));
        assertEquals(Set.of("index.html", "old.html", "ar/new.html"), folders.take(spare));
    }
}
