package org.warraq.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.warraq.config.Language;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.importer.ImportRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code warraq import}: plain-text articles to Markdown drafts with front matter. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn plain-text articles into Markdown drafts (draft: true) with front matter.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE.txt", description = "Plain-text articles (UTF-8), one per file.")
    List<Path> files;

    @Option(names = "--lang", required = true, paramLabel = "CODE", description = "Language of the articles (a code from site.yaml).")
    String lang;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the drafts here. Default: content/<lang>/articles/ in the source directory.")
    Path out;

    @Option(names = "--force", description = "Overwrite drafts that exist.")
    boolean force;

    @picocli.CommandLine.Mixin
    SiteOptions site;

    @Override
    public Integer call() {
        SiteConfig config = SiteConfigLoader.load(site.source).config();
        if (config.language(lang).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown language '" + lang + "' — site.yaml has "
                    + config.languages().stream().map(Language::code).collect(Collectors.joining(", "))
                    + "; pass one of them to --lang");
        }
        Path targetDir = (out != null ? out : site.source.resolve("content").resolve(lang).resolve("articles")).normalize();
        ImportRun.Outcome outcome = ImportRun.run(new ImportRun.Request(files, targetDir, force), config.importSettings());
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        outcome.reports().forEach(report -> report.lines().forEach(stdout::println));
        outcome.errors().forEach(stderr::println);
        int written = outcome.reports().size();
        if (written > 0) {
            stdout.println("Wrote " + written + (written == 1 ? " draft" : " drafts") + " (draft: true) to " + targetDir
                    + ": check title, date, byline and headings, then preview with warraq build --drafts.");
        }
        if (!outcome.errors().isEmpty()) {
            if (written == 0) {
                int errors = outcome.errors().size();
                stderr.println("Nothing imported: " + errors + (errors == 1 ? " error." : " errors."));
            }
            return Main.CONTENT_ERRORS;
        }
        return 0;
    }
}
