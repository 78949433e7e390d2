package org.warraq.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagerWindowTest {
    private static final int GAP = PagerWindow.GAP;

    @Test
    void shortListsShowEveryPage() {
        assertEquals(List.of(1), PagerWindow.numbers(1, 1));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), PagerWindow.numbers(4, 7));
    }

    @Test
    void longListsShowFirstLastAndTwoPagesEachSideOfTheCurrent() {
        assertEquals(List.of(1, GAP, 8, 9, 10, 11, 12, GAP, 100), PagerWindow.numbers(10, 100));
        assertEquals(List.of(1, 2, 3, GAP, 100), PagerWindow.numbers(1, 100));
        assertEquals(List.of(1, GAP, 98, 99, 100), PagerWindow.numbers(100, 100));
    }

    @Test
    void aGapNeverHidesASinglePage() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, GAP, 100), PagerWindow.numbers(5, 100));
        assertEquals(List.of(1, GAP, 94, 95, 96, 97, 98, 99, 100), PagerWindow.numbers(96, 100));
    }

    @Test
    void aLongListsPagerStaysTheSameSizeOnEveryPage() {
        for (int n = 1; n <= 1000; n++) {
            assertEquals(true, PagerWindow.numbers(n, 1000).size() <= 9, "page " + n);
        }
    }
}
