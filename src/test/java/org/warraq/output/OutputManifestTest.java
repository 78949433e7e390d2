package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manifest's keys, as the preview keeps them between builds. */
class OutputManifestTest {
    private final OutputManifest manifest = new OutputManifest(Map.of(
            "ar/index.html", new OutputManifest.Entry("view-1", 100, 5),
            "robots.txt", new OutputManifest.Entry("sha-2", 20, 6)));

    @Test
    void theKeysAreEachFilesKeyAndNothingElse() {
        Map<String, String> keys = manifest.keys();
        assertEquals(Map.of("ar/index.html", "view-1", "robots.txt", "sha-2"), keys);
        assertEquals(Map.of("ar/index.html", "view-1", "robots.txt", "sha-2"), new HashMap<>(keys));
        assertEquals("sha-2", keys.get("robots.txt"));
        assertNull(keys.get("sitemap.xml"));
        assertEquals(2, keys.size());
    }

    @Test
    void theKeysCannotBeChanged() {
        Map<String, String> keys = manifest.keys();
        assertThrows(UnsupportedOperationException.class, () -> keys.put("sitemap.xml", "x"));
        assertThrows(UnsupportedOperationException.class, () -> keys.keySet().remove("robots.txt"));
        assertThrows(UnsupportedOperationException.class, () -> keys.entrySet().iterator().next().setValue("x"));
    }
}
