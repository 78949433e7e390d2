package org.warraq.render;

import java.util.function.Supplier;

/**
 * A page to render: its route, its input key ({@link InputKeys}; null when the page is keyed by
 * its view) and its view, built only if the page cannot be reused.
 */
record PendingPage(Route route, String key, Supplier<PageView> view) {
    /** A page whose view is already built and which is keyed by it. */
    static PendingPage of(PageView view) {
        return new PendingPage(view.route(), null, () -> view);
    }
}
