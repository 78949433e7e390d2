package org.warraq.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.warraq.content.ContentKind;

class PageIdTest {
    /**
     * Immutable maps ({@code Map.copyOf}) probe linearly from hash mod twice their size, and a
     * lookup of an absent id (an untranslated article, one without backlinks) probes until it
     * finds an empty slot. With consecutive hashes the occupied slots form long runs, and each
     * miss walked one: this simulates such a table holding 17,000 sequentially named articles.
     */
    @Test
    void absentIdsProbeFewSlotsOfALinearlyProbedTableOfSequentiallyNamedArticles() {
        int n = 17_000;
        int size = 2 * n;
        boolean[] used = new boolean[size];
        for (int i = 0; i < n; i++) {
            int slot = Math.floorMod(id(i % 2 == 0 ? "ar" : "en", i / 2).hashCode(), size);
            while (used[slot]) {
                slot = (slot + 1) % size;
            }
            used[slot] = true;
        }
        long probes = 0;
        int misses = 10_000;
        for (int i = 0; i < misses; i++) {
            int slot = Math.floorMod(id("fr", i).hashCode(), size);
            probes++;
            while (used[slot]) {
                slot = (slot + 1) % size;
                probes++;
            }
        }
        // Random hashes at half load average 2.5 probes per miss.
        double average = (double) probes / misses;
        assertTrue(average < 4, average + " probes per miss");
    }

    private static PageId id(String language, int number) {
        return new PageId(language, ContentKind.ARTICLE, String.format("a-%05d", number));
    }

    @Test
    void equalIdsHaveEqualHashes() {
        PageId id = new PageId("ar", ContentKind.ARTICLE, "rome-meeting");
        assertEquals(id, new PageId("ar", ContentKind.ARTICLE, "rome-meeting"));
        assertEquals(id.hashCode(), new PageId("ar", ContentKind.ARTICLE, "rome-meeting").hashCode());
    }
}
