package org.warraq.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page numbers a pager shows: the first, the last and a window around the current page,
 * with gaps between. Listing every page would make each of a list's pages grow with the list,
 * so a long archive's lists would cost the square of its size to build and to download.
 */
final class PagerWindow {
    /** Stands for a gap between shown page numbers. */
    static final int GAP = -1;
    /** Pages shown on each side of the current one. */
    static final int RADIUS = 2;

    private PagerWindow() {
    }

    /** Page numbers (1-based) and {@link #GAP}s, ascending, for page {@code current} of {@code total}. */
    static List<Integer> numbers(int current, int total) {
        java.util.TreeSet<Integer> shown = new java.util.TreeSet<>();
        shown.add(1);
        shown.add(total);
        for (int k = Math.max(1, current - RADIUS); k <= Math.min(total, current + RADIUS); k++) {
            shown.add(k);
        }
        // A gap of a single page shows that page instead: "1 … 3" would hide nothing.
        if (current - RADIUS == 3) {
            shown.add(2);
        }
        if (current + RADIUS == total - 2) {
            shown.add(total - 1);
        }
        List<Integer> numbers = new ArrayList<>();
        int previous = 0;
        for (int k : shown) {
            if (k > previous + 1) {
                numbers.add(GAP);
            }
            numbers.add(k);
            previous = k;
        }
        return numbers;
    }
}
