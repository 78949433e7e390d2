package org.warraq.serve;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/**
 * The live state of a previewed site: rebuilds on changes, publishes a good build, or keeps the
 * last good one and shows what went wrong, then tells open pages over {@link ReloadEvents}.
 * It logs each rebuild with the time from the first change seen to the new build being served (the
 * reload event follows at once).
 */
final class LiveSite {
    private final Rebuilder rebuilder;
    private final SiteVersions versions;
    private final ReloadEvents events;
    private final PrintWriter log;
    private volatile List<String> problems = List.of();

    LiveSite(Rebuilder rebuilder, SiteVersions versions, ReloadEvents events, PrintWriter log) {
        this.rebuilder = rebuilder;
        this.versions = versions;
        this.events = events;
        this.log = log;
    }

    /** The problems of the last build, empty while the last build succeeded. */
    List<String> problems() {
        return problems;
    }

    /** The first build, before the server answers; its warnings are listed in full. */
    void initialBuild() {
        ChangeBatch startup = new ChangeBatch(Set.of("startup"), System.nanoTime());
        Rebuilder.Outcome outcome = rebuilder.build(startup);
        if (outcome.ok()) {
            outcome.report().warnings().forEach(w -> log.println("warning: " + w.format()));
        }
        publish(outcome, startup, "built");
    }

    /** Rebuilds for a batch of changes; called on one thread at a time. */
    void rebuild(ChangeBatch changes) {
        publish(rebuilder.build(changes), changes, "rebuilt");
    }

    /** Publishes or keeps the last good build; the log line comes before the event, so whoever sees the event can read it. */
    private void publish(Rebuilder.Outcome outcome, ChangeBatch changes, String verb) {
        if (outcome.ok()) {
            problems = List.of();
            versions.publish(outcome.version());
            log.printf("%s in %d ms (build %d ms: %s; %d files, %s) after %s%n", verb, sinceMillis(changes.firstSeenNanos()),
                    outcome.report().totalMillis(), stages(outcome), outcome.report().files(), warnings(outcome),
                    changes.describe());
            log.flush();
            events.reload(outcome.version().id());
        } else {
            problems = outcome.problems();
            log.printf("%s failed in %d ms after %s — %s:%n", verb.equals("built") ? "build" : "rebuild",
                    sinceMillis(changes.firstSeenNanos()), changes.describe(), verb.equals("built")
                            ? "fix the sources and open pages reload by themselves" : "still serving the last good build");
            outcome.problems().forEach(line -> log.println("  " + line));
            log.flush();
            events.problems(outcome.problems());
        }
    }

    private static String warnings(Rebuilder.Outcome outcome) {
        int count = outcome.report().warnings().size();
        return count + (count == 1 ? " warning" : " warnings");
    }

    private static String stages(Rebuilder.Outcome outcome) {
        return outcome.report().timings().stream().map(t -> t.stage() + " " + t.millis())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    private static long sinceMillis(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
