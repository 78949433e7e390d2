package org.warraq.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warraq.problem.Problem;
import org.warraq.problem.Severity;

/**
 * What a successful build did: counts per language and kind, warnings, files and stage timings.
 *
 * @param counts language code → kind ("articles", "topics", "tags", "pages", "html") → count, languages in
 *               the site's order
 * @param reused files taken over unchanged from the previous build's output (not rendered, not written)
 * @param lastBuild for the preview, what its quick path applies the next article edit to; null otherwise
 */
public record BuildReport(Map<String, Map<String, Integer>> counts, List<Problem> problems, List<StageTiming> timings,
        int files, long totalMillis, int reused, LastBuild lastBuild) {
    public BuildReport {
        // Not Map.copyOf: its iteration order is unspecified, and the summary lists languages in site order.
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        problems = List.copyOf(problems);
        timings = List.copyOf(timings);
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }
}
