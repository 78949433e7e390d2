package org.warraq.build;

/** How long one stage of a build took. */
public record StageTiming(String stage, long millis) {
}
