package org.warraq.content;

import java.util.ArrayList;
import java.util.List;
import org.warraq.config.KeyLocator;
import org.warraq.config.YamlMapping;
import org.warraq.problem.Problem;

/** Turns one {@link SourceFile} into a {@link ParsedPage}, or into the problems that stop it. */
public final class PageParser {
    private final MarkdownRenderer markdown;

    public PageParser(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The page (null when it has errors) and the problems found in it. */
    public record Result(ParsedPage page, List<Problem> problems) {
    }

    /** Parses a source file. */
    public Result parse(SourceFile source) {
        var split = FrontMatterSplitter.split(source.text(), source.path());
        if (!split.ok()) {
            return new Result(null, List.of(split.problem()));
        }
        Class<? extends FrontMatter> type = switch (source.kind()) {
            case ARTICLE -> FrontMatter.Article.class;
            case TOPIC -> FrontMatter.Topic.class;
            case PAGE -> FrontMatter.Page.class;
        };
        var mapped = YamlMapping.read(split.yaml(), type, source.path(), split.yamlLine());
        if (!mapped.ok()) {
            return new Result(null, mapped.problems());
        }
        FrontMatter frontMatter = mapped.value();
        int titleLine = KeyLocator.find(split.yaml(), "title")[0] + split.yamlLine() - 1;
        List<Problem> problems = new ArrayList<>(requiredKeys(frontMatter, source.path(), split.bodyLine(), titleLine));
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        boolean hasSlug = frontMatter instanceof FrontMatter.Article a && a.slug() != null
                || frontMatter instanceof FrontMatter.Page p && p.slug() != null;
        int slugLine = hasSlug ? KeyLocator.find(split.yaml(), "slug")[0] + split.yamlLine() - 1 : 0;
        frontMatter = withSafeSourceUrl(frontMatter, split, source.path(), problems);
        problems.addAll(aliasProblems(frontMatter, split, source.path()));
        List<LinkRef> images = images(frontMatter, split, source.path(), problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Result(null, problems);
        }
        String text = withoutControlCharacters(split.body(), source.path(), split.bodyLine(), problems);
        problems.addAll(HugoShortcodes.check(text, source.path(), split.bodyLine()));
        RenderedMarkdown body;
        try {
            SummaryDivider.Split divided = SummaryDivider.split(text);
            if (divided != null) {
                text = divided.body();
                frontMatter = withSummaryFrom(frontMatter, divided.above(), split.bodyLine());
            }
            body = markdown.render(text, split.bodyLine());
        } catch (MarkdownRenderer.TooDeep tooDeep) {
            return new Result(null, List.of(Problem.error(source.path(), tooDeep.line(), 1, "Markdown nested too deeply (more than "
                    + MarkdownRenderer.MAX_NESTING + " block quotes, lists or emphases inside each other) — flatten it")));
        }
        return new Result(new ParsedPage(source.path(), source.language(), source.kind(), source.name(), frontMatter,
                body, titleLine, slugLine, images), problems);
    }

    /**
     * {@code frontMatter} with the plain text of {@code above} (the body above a summary divider)
     * as its summary, when it is an article's or a page's without one.
     */
    private FrontMatter withSummaryFrom(FrontMatter frontMatter, String above, int firstLine) {
        boolean wanted = frontMatter instanceof FrontMatter.Article a && a.summary() == null
                || frontMatter instanceof FrontMatter.Page p && p.summary() == null;
        if (!wanted) {
            return frontMatter;
        }
        String summary = markdown.render(above, firstLine).plainText().strip().replaceAll("\\s+", " ");
        if (summary.isEmpty()) {
            return frontMatter;
        }
        return frontMatter instanceof FrontMatter.Article a ? a.withSummary(summary)
                : ((FrontMatter.Page) frontMatter).withSummary(summary);
    }

    /**
     * An article's {@code images:} (Hugo's key: the pictures a link to the article shows in a
     * feed reader or a social network), each where it is written; an error for one that is not a
     * file of the article's folder ({@code cover.jpg}), a path of the site ({@code /img/x.jpg}) or
     * a web address. Whether the file is there is for the links stage to say.
     */
    private static List<LinkRef> images(FrontMatter frontMatter, FrontMatterSplitter.Split split, String path,
            List<Problem> problems) {
        if (!(frontMatter instanceof FrontMatter.Article a) || a.images().isEmpty()) {
            return List.of();
        }
        List<LinkRef> images = new ArrayList<>();
        for (int i = 0; i < a.images().size(); i++) {
            String image = a.images().get(i).strip();
            int[] at = inFile(split, "images", i);
            String why = imageProblem(image);
            if (why != null) {
                problems.add(Problem.error(path, at[0], at[1], "image '" + Problem.shorten(image) + "' " + why));
            } else {
                images.add(new LinkRef(i, image, true, at[0], at[1]));
            }
        }
        return images;
    }

    /** What is wrong with an entry of {@code images:}, or null. */
    private static String imageProblem(String image) {
        if (image.isEmpty()) {
            return "is empty — write a file of the article's folder (cover.jpg), a path of the site (/img/x.jpg) or an address";
        }
        if (image.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            return "has a control character or a backslash — write the path with '/'";
        }
        if (image.startsWith("#")) {
            return "is a place in the page, not a picture — name an image file of the article's folder";
        }
        if (image.startsWith("//")) {
            return "has no scheme — write the full address (https:" + image + ")";
        }
        if (!UrlSafety.isWebAddress(image) && UrlSafety.scheme(image) != null) {
            return "is not an address a reader can load — write an https:// address, or the path of a file";
        }
        return null;
    }

    /**
     * An error for each alias that is not a path from the site's root ({@code /2010/old-story/}):
     * one becomes a file of the output, so a relative one, one with {@code ?} or {@code #} (which
     * no file has), or one climbing out with {@code ..} has no place to go.
     */
    private static List<Problem> aliasProblems(FrontMatter frontMatter, FrontMatterSplitter.Split split, String path) {
        if (!(frontMatter instanceof FrontMatter.Article a) || a.aliases().isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < a.aliases().size(); i++) {
            String alias = a.aliases().get(i) == null ? "" : a.aliases().get(i);
            String why = aliasProblem(alias);
            if (why != null) {
                int[] at = inFile(split, "aliases", i);
                problems.add(Problem.error(path, at[0], at[1], "alias '" + Problem.shorten(alias) + "' " + why));
            }
        }
        return problems;
    }

    /** What is wrong with an alias, or null. */
    private static String aliasProblem(String alias) {
        if (!alias.startsWith("/") || alias.startsWith("//")) {
            return "is not a path from the site's root — write it as /" + alias.replaceFirst("^/+", "")
                    + " (the part of the old address after the host)";
        }
        if (alias.contains("?") || alias.contains("#")) {
            return "has a ? or # — an old address is a file: write its path alone";
        }
        if (List.of(alias.split("/")).contains("..")) {
            return "climbs out of the site with .. — write the path itself";
        }
        if (alias.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            return "holds a control character or a backslash — write the path itself";
        }
        return null;
    }

    /**
     * The front matter without a {@code source.url} that is not a web address, with a warning at
     * it: the page would drop it from its link and the structured data would publish it
     * ({@code javascript:…}, or a mistyped {@code www.reuters.com} that browsers read as a path).
     */
    private static FrontMatter withSafeSourceUrl(FrontMatter frontMatter, FrontMatterSplitter.Split split, String path,
            List<Problem> problems) {
        if (!(frontMatter instanceof FrontMatter.Article a) || a.source() == null || a.source().url() == null) {
            return frontMatter;
        }
        String url = a.source().url().strip();
        if (UrlSafety.isWebAddress(url)) {
            return frontMatter;
        }
        int[] at = inFile(split, "source", "url");
        problems.add(Problem.warning(path, at[0], at[1], "source url '" + Problem.shorten(url)
                + "' left out: only http:// and https:// addresses are linked — write the full address (https://…)"));
        return a.withSource(new FrontMatter.Source(a.source().name(), null));
    }

    /** {line, column} in the file of a front-matter value ({@code "aliases", 2}), the lines counted from the file's top. */
    private static int[] inFile(FrontMatterSplitter.Split split, Object... path) {
        int[] at = org.warraq.config.YamlPositions.find(split.yaml(), List.of(path));
        return new int[] {at[0] + split.yamlLine() - 1, at[1]};
    }

    /**
     * The body without control characters (other than tab and line ends), with a warning at the
     * first: pasted or scraped text brings them (a form feed, a terminal's colour code), no
     * reader sees them, and they make a page invalid HTML and a feed invalid XML. Front matter
     * refuses them; in the text they are left out, so that one stray byte does not stop a build.
     */
    private static String withoutControlCharacters(String body, String path, int firstLine, List<Problem> problems) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < body.length(); i++) {
            if (isControl(body.charAt(i))) {
                first = first < 0 ? i : first;
                count++;
            }
        }
        if (count == 0) {
            return body;
        }
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < first; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        problems.add(Problem.warning(path, line, first - lineStart + 1, String.format(java.util.Locale.ROOT,
                "%d control character%s in the text (the first: U+%04X) left out — delete %s from the file", count,
                count == 1 ? "" : "s", (int) body.charAt(first), count == 1 ? "it" : "them")));
        StringBuilder kept = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\u000B' || c == '\u000C') {
                kept.append(' '); // a vertical tab or form feed parts words, as a space does
            } else if (!isControl(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    private static List<Problem> requiredKeys(FrontMatter frontMatter, String path, int bodyLine, int titleLine) {
        List<Problem> problems = new ArrayList<>();
        if (frontMatter == null) {
            return List.of(Problem.error(path, 2, 1, "front matter is empty — add at least 'title:'"));
        }
        int line = bodyLine - 1;
        if (frontMatter.title() == null) {
            problems.add(Problem.error(path, line, 1, "missing required key 'title' — add title: \"…\" to the front matter"));
        } else if (frontMatter.title().isBlank()) {
            problems.add(Problem.error(path, titleLine, 1, "'title' is empty — write the title after title:"));
        }
        if (frontMatter instanceof FrontMatter.Article article && article.date() == null) {
            problems.add(Problem.error(path, line, 1, "missing required key 'date' — add date: YYYY-MM-DD to the front matter"));
        }
        return problems;
    }
}
