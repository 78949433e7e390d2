package org.warraq.serve;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The build being served, switched atomically: {@link #publish} makes a new build current in one
 * step, and requests {@link #acquire} whichever build is current when they start.
 */
final class SiteVersions implements AutoCloseable {
    private final AtomicReference<SiteVersion> current;

    SiteVersions(SiteVersion initial) {
        this.current = new AtomicReference<>(initial);
    }

    /** The current build, retained (the caller must {@link SiteVersion#release()} it), or null once closed. */
    SiteVersion acquire() {
        while (true) {
            SiteVersion version = current.get();
            if (version.retain()) {
                return version;
            }
            if (current.get() == version) {
                return null;
            }
            // Replaced and released between get() and retain(): the slot already holds a newer one.
        }
    }

    /** Makes {@code next} current; the previous build goes once its last request is done. */
    void publish(SiteVersion next) {
        current.getAndSet(next).release();
    }

    /** The id of the current build. */
    String currentId() {
        return current.get().id();
    }

    @Override
    public void close() {
        current.get().release();
    }
}
