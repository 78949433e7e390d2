package org.warraq.check;

import java.time.Duration;

/**
 * Whether and how to fetch external links: how many requests at once, and how long to wait
 * for a connection and then for the answer's headers.
 */
public record ExternalOptions(boolean fetch, int concurrency, Duration timeout) {
    public ExternalOptions {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
    }

    /** Listed, not fetched. */
    public static ExternalOptions listOnly() {
        return new ExternalOptions(false, 8, Duration.ofSeconds(10));
    }
}
