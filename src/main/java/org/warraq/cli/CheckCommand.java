package org.warraq.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.warraq.check.CheckOptions;
import org.warraq.check.CheckReport;
import org.warraq.check.ExternalLink;
import org.warraq.check.ExternalOptions;
import org.warraq.check.SiteCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code warraq check}: builds the site and checks sources and output; non-zero exit on errors. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Build the site and check it: links, anchors, translations, alt text, summaries, topics, orphan pages.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    SiteOptions site;

    @Option(names = "--output", paramLabel = "DIR", description = "Keep the built site here. Default: a temporary directory, deleted afterwards.")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlOption.class,
            description = "Override site.yaml's baseURL (may carry a path).")
    String baseUrl;

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json (one object, for CI).")
    Format format = Format.text;

    @Option(names = "--external", description = "Fetch external links (HEAD, then GET) instead of only listing them.")
    boolean external;

    @Option(names = "--concurrency", paramLabel = "N", description = "External links fetched at once. Default: 8.")
    int concurrency = 8;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Connect and answer timeout per external request. Default: 10.")
    int timeoutSeconds = 10;

    @Override
    public Integer call() {
        if (concurrency < 1 || timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--concurrency and --timeout must be at least 1");
        }
        ExternalOptions externalOptions = new ExternalOptions(external, concurrency, Duration.ofSeconds(timeoutSeconds));
        CheckReport report;
        try (BuildLock lock = BuildLock.acquire(site.source, spec.commandLine().getErr())) {
            report = SiteCheck.run(new CheckOptions(site.source, output, baseUrl, drafts, externalOptions));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(report.toJson());
        } else {
            printText(out, report);
        }
        return report.errors() > 0 ? Main.CONTENT_ERRORS : 0;
    }

    private void printText(PrintWriter out, CheckReport report) {
        Reports.problems(out, report.findings());
        if (!report.external().isEmpty()) {
            out.println(external ? "External links: " + report.external().size()
                    : "External links (not fetched; warraq check --external fetches them): " + report.external().size());
            for (ExternalLink link : report.external()) {
                int more = link.places().size() - 1;
                String outcome = link.outcome() == null ? ""
                        : link.outcome().status() > 0 ? "  HTTP " + link.outcome().status() : "  " + link.outcome().error();
                out.println("  " + link.url() + outcome + "  (" + link.places().get(0) + (more > 0 ? ", +" + more + " more" : "") + ")");
            }
        }
        out.printf("Checked %d pages: %d %s, %d %s.%n", report.pages(), report.errors(), report.errors() == 1 ? "error" : "errors",
                report.warnings(), report.warnings() == 1 ? "warning" : "warnings");
    }
}
