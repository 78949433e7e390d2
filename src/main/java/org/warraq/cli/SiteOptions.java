package org.warraq.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that works on a site: where it is, and {@code --debug} (read by {@link Failures}). */
final class SiteOptions {
    @Option(names = "--source", paramLabel = "DIR", description = "Site directory (holds site.yaml). Default: current directory.")
    Path source = Path.of(".");

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;
}
