package org.warraq.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.warraq.build.BuildReport;
import org.warraq.problem.Problem;

/** Prints problems and build summaries for people reading a terminal. */
final class Reports {
    private Reports() {
    }

    /** One line per problem, {@code path:line:col: severity: message}, errors first. */
    static void problems(PrintWriter out, List<Problem> problems) {
        problems.stream().filter(Problem::isError).sorted(Problem.ORDER).forEach(p -> out.println(line(p)));
        problems.stream().filter(p -> !p.isError()).sorted(Problem.ORDER).forEach(p -> out.println(line(p)));
    }

    private static String line(Problem p) {
        Problem labelled = new Problem(p.severity(), p.path(), p.line(), p.column(), p.severity().label() + ": " + p.message());
        return labelled.format();
    }

    /** "  1 article " or " 12 articles": padded so the columns of several languages line up. */
    private static String count(int n, String noun) {
        String word = n == 1 ? noun : noun + "s";
        return String.format("%3d %-" + (noun.length() + 1) + "s", n, word);
    }

    /** The short summary after a build: pages per language and kind, warnings, stage times. */
    static void summary(PrintWriter out, BuildReport report, String outputDir) {
        out.printf("Built %s: %d files (%d unchanged) in %d ms%n", outputDir, report.files(), report.reused(),
                report.totalMillis());
        for (Map.Entry<String, Map<String, Integer>> entry : report.counts().entrySet()) {
            Map<String, Integer> c = entry.getValue();
            out.printf("  %-6s %s  %s  %s  %s  (%s)%n", entry.getKey(), count(c.get("articles"), "article"),
                    count(c.get("topics"), "topic"), count(c.get("tags"), "tag"), count(c.get("pages"), "page"),
                    count(c.get("html"), "HTML file").strip());
        }
        int warnings = report.warnings().size();
        out.println("  " + warnings + (warnings == 1 ? " warning" : " warnings"));
        out.println("  stages: " + report.timings().stream().map(t -> t.stage() + " " + t.millis() + " ms")
                .collect(Collectors.joining(" · ")));
    }
}
