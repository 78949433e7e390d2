package org.warraq.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.warraq.config.Language;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.content.ArticleScaffold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warraq new}: scaffolds new content from the front-matter template. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Create new content from a template.",
        subcommands = NewCommand.Article.class)
final class NewCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to create: warraq new article <name> --lang <code>");
    }

    /** {@code warraq new article <name> --lang <code>}: writes a draft article with an empty front matter. */
    @Command(name = "article", mixinStandardHelpOptions = true,
            description = "Write content/<lang>/articles/<name>.md: a draft (draft: true) dated today, never overwriting a file.")
    static final class Article implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "<name>", description = "File name without .md; also the default URL slug (e.g. marrakech-meeting).")
        String name;

        @Option(names = "--lang", required = true, paramLabel = "<code>", description = "Language folder, one of site.yaml's languages.")
        String lang;

        @Option(names = "--bundle", description = "Write <name>/index.md instead: a folder whose pictures and files are"
                + " published beside the article.")
        boolean bundle;

        @picocli.CommandLine.Mixin
        SiteOptions site;

        @Override
        public Integer call() {
            String problem = ArticleScaffold.checkName(name);
            if (problem != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), problem);
            }
            SiteConfig config = SiteConfigLoader.load(site.source).config();
            if (config.language(lang).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown language '" + lang + "' — site.yaml has "
                        + config.languages().stream().map(Language::code).collect(Collectors.joining(", "))
                        + "; pass one of them to --lang");
            }
            var result = ArticleScaffold.create(site.source, lang, name, LocalDate.now(), bundle);
            if (result.error() != null) {
                spec.commandLine().getErr().println("error: " + result.error());
                return Main.CONTENT_ERRORS;
            }
            spec.commandLine().getOut().println("Created " + result.path() + " (a draft: preview it with 'warraq serve --drafts')");
            return 0;
        }
    }
}
