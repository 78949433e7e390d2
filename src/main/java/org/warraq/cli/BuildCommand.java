package org.warraq.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.build.BuildReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warraq build}: builds the site once into the output directory. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output directory.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    SiteOptions site;

    @Option(names = "--output", paramLabel = "DIR", description = "Output directory. Default: site/ in the source directory.")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlOption.class,
            description = "Override site.yaml's baseURL (may carry a path).")
    String baseUrl;

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems: no progress, no summary.")
    boolean quiet;

    @Option(names = {"-w", "--watch"}, description = "After building, build again on every change to the sources, until Ctrl-C.")
    boolean watch;

    @Override
    public Integer call() {
        Path out = output == null ? site.source.resolve("site") : output;
        if (watch) {
            return new WatchedBuilds(new BuildOptions(site.source, out, baseUrl, drafts), spec.commandLine().getOut(),
                    spec.commandLine().getErr(), quiet, site.debug).run();
        }
        var pipeline = new BuildPipeline(TerminalProgress.forConsole(spec.commandLine().getErr(), quiet));
        BuildReport report;
        try (BuildLock lock = BuildLock.acquire(site.source, spec.commandLine().getErr())) {
            report = pipeline.build(new BuildOptions(site.source, out, baseUrl, drafts));
        }
        Reports.problems(spec.commandLine().getErr(), report.problems());
        if (!quiet) {
            Reports.summary(spec.commandLine().getOut(), report, out.normalize().toString());
        }
        return 0;
    }
}
