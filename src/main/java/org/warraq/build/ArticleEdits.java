package org.warraq.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.warraq.content.ContentKind;
import org.warraq.content.ContentLoader;
import org.warraq.content.MarkdownRenderer;
import org.warraq.content.PageParser;
import org.warraq.links.LinkedSite;
import org.warraq.links.Linker;
import org.warraq.links.SitePathLinks;
import org.warraq.model.Article;
import org.warraq.model.ModelBuilder;
import org.warraq.model.OutputFile;
import org.warraq.model.PageId;
import org.warraq.model.Site;
import org.warraq.output.ContentKey;
import org.warraq.render.SiteRenderer;

/**
 * The preview's quick path: applies edits of existing articles to its {@link LastBuild} by
 * rendering only the files they can change, in a few milliseconds where a full build of a large
 * site takes seconds.
 *
 * <p>It applies only when every changed file is an article of the last build that kept its
 * address, date, topics, tags and headings and whose links all resolve: then no list changes
 * order or length, and the pages that can differ are the article's own, those that show its
 * title or summary (lists, neighbours, related and backlinks), those whose backlinks it changed,
 * and its language's feed. Everything else (a new or deleted file, a template, site.yaml, an
 * error to report) is for a full build. Two things are left as they were, because they depend on
 * the words of every article in the language: related-article lists and the search index. The
 * preview brings them up to date with a full build in the background.
 */
public final class ArticleEdits {
    /** One parser for all edits (setting Flexmark up costs more than parsing an article), for one Markdown setting. */
    private record Parser(boolean rawHtml, PageParser parser) {
    }

    private volatile Parser parser;

    /** What an edit changed: the files to write (each with its key) and the build they make. */
    public record Edit(LastBuild after, List<OutputFile> files) {
        public Edit {
            files = List.copyOf(files);
        }
    }

    /** The edit of the files at {@code paths} (relative to the sources), or empty when it needs a full build. */
    public Optional<Edit> apply(LastBuild last, Set<String> paths) {
        LinkedSite linked = last.linked();
        Set<PageId> pages = new TreeSet<>();
        Set<PageId> cards = new TreeSet<>();
        for (String path : new TreeSet<>(paths)) {
            Article before = articleAt(linked.site(), path);
            if (before == null) {
                return Optional.empty();
            }
            PageId id = before.id();
            var parsed = ContentLoader.loadOne(last.options().sourceDir(), path, id.language(), ContentKind.ARTICLE, id.name(),
                    parser(linked.site().config().rawHtml()));
            if (parsed.page() == null || parsed.problems().stream().anyMatch(p -> p.isError())) {
                return Optional.empty();
            }
            Optional<Site> site = ModelBuilder.withEditedArticle(linked.site(), parsed.page(), last.options().drafts())
                    .filter(model -> model.problems().isEmpty()).map(ModelBuilder.Result::site);
            if (site.isEmpty()) {
                return Optional.empty();
            }
            var relinked = Linker.relink(linked, site.get(), id);
            if (relinked.isEmpty()) {
                return Optional.empty();
            }
            linked = relinked.get().linked();
            Article after = linked.site().article(id);
            if (!SitePathLinks.check(linked.site(), after.source(), after.body(), last.keys().keySet()).isEmpty()) {
                return Optional.empty(); // a link to a path the site lacks: the full build reports it
            }
            if (!after.aliases().isEmpty() && !after.title().equals(before.title())) {
                return Optional.empty(); // its alias pages show the title too
            }
            pages.add(id);
            pages.addAll(relinked.get().backlinksChanged());
            if (!after.title().equals(before.title()) || !java.util.Objects.equals(after.summary(), before.summary())) {
                cards.add(id);
                pages.addAll(Linker.showing(linked, id));
            }
        }
        List<OutputFile> rendered = SiteRenderer.renderEdit(linked, last.templates(), last.orders(), last.messages(),
                last.assets(), pages, cards, last.keys());
        List<OutputFile> changed = new ArrayList<>();
        Map<String, String> keys = new HashMap<>(last.keys());
        for (OutputFile file : rendered) {
            if (file.isReused()) {
                continue;
            }
            String key = ContentKey.of(file);
            if (!key.equals(keys.get(file.path()))) {
                changed.add(new OutputFile(file.path(), file.bytes(), key));
                keys.put(file.path(), key);
            }
        }
        return Optional.of(new Edit(new LastBuild(last.options(), last.templates(), last.orders(), last.messages(),
                last.assets(), linked, java.util.Collections.unmodifiableMap(keys)), changed));
    }

    private static Article articleAt(Site site, String path) {
        if (!path.endsWith(".md")) {
            return null;
        }
        for (Article article : site.articles().values()) {
            if (article.source().equals(path)) {
                return article;
            }
        }
        return null;
    }

    private PageParser parser(boolean rawHtml) {
        Parser p = parser;
        if (p == null || p.rawHtml() != rawHtml) {
            p = new Parser(rawHtml, new PageParser(new MarkdownRenderer(rawHtml)));
            parser = p;
        }
        return p.parser();
    }
}
