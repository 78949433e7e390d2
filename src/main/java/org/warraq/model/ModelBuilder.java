package org.warraq.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.warraq.config.FileNames;
import org.warraq.config.Language;
import org.warraq.config.SiteConfig;
import org.warraq.config.TopicIds;
import org.warraq.content.ContentKind;
import org.warraq.content.ContentScanner;
import org.warraq.content.FrontMatter;
import org.warraq.content.LinkRef;
import org.warraq.content.ParsedPage;
import org.warraq.problem.Problem;

/** The model stage: parsed pages → {@link Site}, with drafts, topics, tags and path collisions settled. */
public final class ModelBuilder {
    private final SiteConfig config;
    private final boolean includeDrafts;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Tag> tagsByName = new HashMap<>();
    /** Tomorrow, in UTC: an article dated after it is in the future wherever its reader is. */
    private final LocalDate latestPlausibleDate;

    private ModelBuilder(SiteConfig config, boolean includeDrafts) {
        this(config, includeDrafts, today());
    }

    private ModelBuilder(SiteConfig config, boolean includeDrafts, LocalDate today) {
        this.config = config;
        this.includeDrafts = includeDrafts;
        this.latestPlausibleDate = today.plusDays(1);
    }

    /** Today in UTC, the day a build judges dates by (see {@link #latestPlausibleDate}). */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The site and the problems found while assembling it. */
    public record Result(Site site, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** Builds the model; drafts are left out unless {@code includeDrafts}. */
    public static Result build(SiteConfig config, List<ParsedPage> pages, boolean includeDrafts) {
        return build(config, pages, List.of(), includeDrafts);
    }

    /**
     * Builds the model with the files of page bundles, each published beside its page; those of a
     * page left out (a draft) are left out with it.
     */
    public static Result build(SiteConfig config, List<ParsedPage> pages, List<ContentScanner.BundleFile> bundleFiles,
            boolean includeDrafts) {
        return build(config, pages, bundleFiles, includeDrafts, today());
    }

    /** As {@link #build(SiteConfig, List, List, boolean)}, judging dates as on {@code today}. */
    static Result build(SiteConfig config, List<ParsedPage> pages, List<ContentScanner.BundleFile> bundleFiles,
            boolean includeDrafts, LocalDate today) {
        return new ModelBuilder(config, includeDrafts, today).build(pages, bundleFiles);
    }

    /**
     * The article {@code page} makes, as a build would make it (its warnings left out): for a page
     * an earlier build saw, to know what later stages computed from then.
     */
    public static Article articleOf(SiteConfig config, ParsedPage page) {
        return new ModelBuilder(config, true).article(new PageId(page.language(), page.kind(), page.name()), page);
    }

    /**
     * The site with one article replaced by its edited version, when the edit leaves every list,
     * taxonomy and address as it was: same file, date, update date, slug, topics and tags, still
     * published. Otherwise empty, and the model must be built again from all pages.
     */
    public static java.util.Optional<Result> withEditedArticle(Site site, ParsedPage page, boolean includeDrafts) {
        return withEditedArticle(site, page, includeDrafts, today());
    }

    /** As {@link #withEditedArticle(Site, ParsedPage, boolean)}, judging dates as on {@code today}. */
    static java.util.Optional<Result> withEditedArticle(Site site, ParsedPage page, boolean includeDrafts, LocalDate today) {
        PageId id = new PageId(page.language(), page.kind(), page.name());
        Article before = site.article(id);
        if (page.kind() != ContentKind.ARTICLE || before == null) {
            return java.util.Optional.empty();
        }
        ModelBuilder builder = new ModelBuilder(site.config(), includeDrafts, today);
        Article after = builder.article(id, page);
        boolean sameShape = after.source().equals(before.source()) && after.date().equals(before.date())
                && java.util.Objects.equals(after.updated(), before.updated()) && after.slug().equals(before.slug())
                && after.topics().equals(before.topics()) && after.tags().equals(before.tags())
                && after.aliases().equals(before.aliases())
                && after.images().stream().map(LinkRef::target).toList().equals(before.images().stream().map(LinkRef::target).toList())
                && (!after.draft() || includeDrafts) && after.draft() == before.draft();
        if (!sameShape) {
            return java.util.Optional.empty();
        }
        Map<PageId, Article> articles = new HashMap<>(site.articles());
        articles.put(id, after);
        return java.util.Optional.of(new Result(new Site(site.config(), articles, site.topics(), site.pages(), site.editions(),
                site.resources()), builder.problems));
    }

    /**
     * The problems a build finds in the article {@code page} makes, by itself (all that concern
     * one article alone are found where it is made): those an edit to it can take away.
     */
    static List<Problem> problemsOfArticle(SiteConfig config, ParsedPage page, boolean includeDrafts, LocalDate today) {
        ModelBuilder builder = new ModelBuilder(config, includeDrafts, today);
        builder.article(new PageId(page.language(), page.kind(), page.name()), page);
        return builder.problems;
    }

    private Result build(List<ParsedPage> pages, List<ContentScanner.BundleFile> bundleFiles) {
        Map<PageId, Article> articles = new HashMap<>();
        Map<PageId, StandalonePage> standalone = new HashMap<>();
        Map<PageId, ParsedPage> topicSources = new HashMap<>();
        Map<PageId, String> sources = new HashMap<>();
        for (ParsedPage page : pages) {
            PageId id = new PageId(page.language(), page.kind(), page.name());
            // Two files of one name in different folders (2021/x.md, 2022/x.md) would be one page:
            // the later one would silently replace the earlier.
            String earlier = sources.putIfAbsent(id, page.path());
            if (earlier != null) {
                problems.add(Problem.error(page.path(), 0, 0, "has the same name as " + earlier + " ('" + page.name()
                        + "'): a page is known by its file's name, whatever folder it is in — rename one of them"));
                continue;
            }
            switch (page.kind()) {
                case ARTICLE -> {
                    Article article = article(id, page);
                    if (!article.draft() || includeDrafts) {
                        articles.put(id, article);
                    }
                }
                case TOPIC -> {
                    warnOnRefusedLinks(page);
                    // The file's name is the topic's id, and its page's folder.
                    String problem = TopicIds.problem(page.name());
                    if (problem != null) {
                        problems.add(Problem.error(page.path(), 0, 0, problem + " in the file's name"));
                    } else {
                        topicSources.put(id, page);
                    }
                }
                case PAGE -> standalone.put(id, standalonePage(id, page));
            }
        }
        checkCollisions(articles, standalone, slugLines(pages));
        Map<PageId, Topic> topics = new HashMap<>();
        Map<String, Edition> editions = new HashMap<>();
        for (Language language : config.languages()) {
            editions.put(language.code(), edition(language, articles, standalone, topicSources, topics));
        }
        return new Result(new Site(config, articles, topics, standalone, editions,
                resources(bundleFiles, sources, articles, topics, standalone)), problems);
    }

    /** Each bundle file whose page is in the site, by its path. */
    private static Map<String, PageResource> resources(List<ContentScanner.BundleFile> bundleFiles,
            Map<PageId, String> sources, Map<PageId, Article> articles, Map<PageId, Topic> topics,
            Map<PageId, StandalonePage> standalone) {
        if (bundleFiles.isEmpty()) {
            return Map.of();
        }
        Map<String, PageId> bySource = new HashMap<>();
        sources.forEach((id, path) -> bySource.put(path, id));
        Map<String, PageResource> resources = new HashMap<>();
        for (ContentScanner.BundleFile file : bundleFiles) {
            PageId page = bySource.get(file.bundle());
            // None when another file of the page's name came first (an error already); none for a page left out.
            boolean published = page != null && switch (page.kind()) {
                case ARTICLE -> articles.containsKey(page);
                case TOPIC -> topics.containsKey(page);
                case PAGE -> standalone.containsKey(page);
            };
            if (published) {
                resources.put(file.path(), new PageResource(page, file.relative(), file.file()));
            }
        }
        return resources;
    }

    private Article article(PageId id, ParsedPage page) {
        FrontMatter.Article fm = (FrontMatter.Article) page.frontMatter();
        warnOnBidiControls(page, fm.title());
        warnOnRefusedLinks(page);
        String slug = slug(fm.slug(), page);
        // Loops, not streams: every article of the site passes here in every build, and a handful
        // of tags and topics is quicker to deduplicate by hand than to stream.
        List<Tag> tags = new ArrayList<>(fm.tags().size());
        for (String name : fm.tags()) {
            Tag tag = tag(name);
            if (tag.key().isEmpty()) {
                problems.add(Problem.warning(page.path(), 0, 0, "tag '" + name + "' left out: it has no letter or digit"
                        + " to make its page's address of — give it a name with letters"));
            } else if (FileNames.bytes(tag.key()) > FileNames.MAX_BYTES) {
                problems.add(Problem.error(page.path(), 0, 0, tooLongForAFolder("tag", name, tag.key()) + " — shorten the tag"));
            } else if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        // Hugo leaves such an article out until its day; here it is published (the same sources
        // give the same site on any day), and a date mistyped into the future would keep it first
        // in every list, so the author hears of it.
        if (fm.date().day().isAfter(latestPlausibleDate)) {
            problems.add(Problem.warning(page.path(), 0, 0, "date " + fm.date().iso() + " is in the future; the article is published"
                    + " and listed first — check the year, or keep it as a draft (draft: true) until then"));
        }
        if (fm.updated() != null && fm.updated().compareTo(fm.date()) < 0) {
            problems.add(Problem.warning(page.path(), 0, 0, "updated (" + fm.updated().iso() + ") is before the article's date ("
                    + fm.date().iso() + ") — fix one of them"));
        }
        List<String> topics = new ArrayList<>(fm.topics().size());
        for (String topic : fm.topics()) {
            // An id becomes a folder (ar/topics/<id>/): "../x" would leave the site, "a b" would be no address.
            String problem = TopicIds.problem(topic);
            if (problem != null) {
                problems.add(Problem.error(page.path(), 0, 0, problem));
            } else if (!topics.contains(topic)) {
                topics.add(topic);
            }
        }
        return new Article(id, page.path(), fm.title().strip(), fm.date(), fm.updated(), slug, fm.author(), fm.source(),
                topics, tags, fm.summary(), fm.isDraft(), page.body(), page.titleLine(), fm.aliases(), page.images());
    }

    /** The tag a front-matter name makes; a site has a few hundred names, and 17,000 articles name them again and again. */
    private Tag tag(String name) {
        return tagsByName.computeIfAbsent(name, n -> new Tag(Slugs.of(n), n.strip()));
    }

    private StandalonePage standalonePage(PageId id, ParsedPage page) {
        FrontMatter.Page fm = (FrontMatter.Page) page.frontMatter();
        warnOnRefusedLinks(page);
        return new StandalonePage(id, page.path(), fm.title().strip(), fm.summary(), slug(fm.slug(), page), page.body());
    }

    /**
     * Bidi control characters in a title can reorder what readers see (and spoof it); the theme
     * isolates titles itself, so they are never needed. They never reach a URL.
     */
    private void warnOnBidiControls(ParsedPage page, String title) {
        if (Slugs.hasBidiControls(title)) {
            problems.add(Problem.warning(page.path(), page.titleLine(), 1,
                    "title contains bidirectional control characters (U+202A–U+202E, U+2066–U+2069) — remove them; they are left out of URLs"));
        }
    }

    /**
     * A link or image whose address could run code in a reader's browser is rendered without it
     * (its text stays, unlinked): the author is told where, in every build, as the page shows no sign.
     */
    private void warnOnRefusedLinks(ParsedPage page) {
        for (org.warraq.content.LinkRef link : page.body().refusedLinks()) {
            problems.add(Problem.warning(page.path(), link.line(), link.column(), link.named()
                    + " left out: an address like this can run code in readers' browsers — use an http(s) address"
                    + (link.image() ? " or an image file" : " or a page of the site")));
        }
    }

    private String slug(String given, ParsedPage page) {
        String raw = given == null ? page.name() : given;
        int line = given == null ? 0 : page.slugLine(); // a file name has no line
        if (Slugs.hasBidiControls(raw)) {
            problems.add(Problem.warning(page.path(), line, line > 0 ? 1 : 0,
                    "bidi control characters removed from the slug '" + Slugs.withoutBidiControls(raw) + "' — remove them from the source"));
        }
        String slug = Slugs.of(raw);
        if (FileNames.bytes(slug) > FileNames.MAX_BYTES) {
            problems.add(Problem.error(page.path(), line, line > 0 ? 1 : 0, tooLongForAFolder("slug", slug, slug) + " — shorten it"));
        }
        if (slug.isEmpty() && given != null) {
            problems.add(Problem.warning(page.path(), line, line > 0 ? 1 : 0, "slug '" + given + "' has no letter or digit to make"
                    + " an address of: the file's name is used — give it letters, or remove it"));
        }
        String address = slug.isEmpty() ? Slugs.of(page.name()) : slug;
        if (address.isEmpty()) { // the page would be the folder's own: /ar/articles/, or a language's home
            problems.add(Problem.error(page.path(), line, line > 0 ? 1 : 0, "the file's name '" + page.name() + "' has no letter or"
                    + " digit to make an address of — rename the file, or give it a slug with letters"));
        }
        return address;
    }

    /** Says that {@code key}, the folder's name {@code written} makes, is longer than file systems allow. */
    private static String tooLongForAFolder(String what, String written, String key) {
        return what + " '" + Problem.shorten(written, 40) + "' is " + FileNames.bytes(key) + " bytes long as a folder name, more than"
                + " file systems allow (" + FileNames.MAX_BYTES + "; an Arabic letter takes two)";
    }

    /**
     * What the build itself writes directly under a language's folder (see {@code Permalinks} and
     * {@code ListPages}): a standalone page there, at {@code /<lang>/<slug>/}, would replace the
     * tags index, the search page or the feed, or fail to be written beside it.
     */
    static final List<String> GENERATED_UNDER_LANGUAGE = List.of("articles", "topics", "tags", "search", "page",
            "feed.xml", "404.html", "index.html");

    /** Source path → line of its {@code slug:} key, for files that have one. */
    private static Map<String, Integer> slugLines(List<ParsedPage> pages) {
        Map<String, Integer> lines = new HashMap<>();
        pages.stream().filter(p -> p.slugLine() > 0).forEach(p -> lines.put(p.path(), p.slugLine()));
        return lines;
    }

    /**
     * Two pages that would be written to one output path (also up to case and normalization) are an
     * error, reported at the later file's {@code slug:} line when a slug made it collide.
     */
    private void checkCollisions(Map<PageId, Article> articles, Map<PageId, StandalonePage> pages,
            Map<String, Integer> slugLines) {
        Map<String, String> owners = new HashMap<>(); // a lookup only: claims come in the order of their sources
        List<String[]> claims = new ArrayList<>();
        articles.values().stream().sorted((a, b) -> a.source().compareTo(b.source())).forEach(a ->
                claims.add(new String[] {a.id().language() + "/articles/" + a.slug(), a.source()}));
        pages.values().stream().sorted(Comparator.comparing(StandalonePage::source)).forEach(p ->
                claims.add(new String[] {p.id().language() + "/" + p.slug(), p.source()}));
        pages.values().stream().sorted(Comparator.comparing(StandalonePage::source))
                .filter(p -> GENERATED_UNDER_LANGUAGE.contains(Slugs.collisionKey(p.slug()))).forEach(p -> {
                    int line = slugLines.getOrDefault(p.source(), 0);
                    problems.add(Problem.error(p.source(), line, line > 0 ? 1 : 0, "/" + p.id().language() + "/" + p.slug()
                            + "/ is the build's own address (it writes " + String.join(", ", GENERATED_UNDER_LANGUAGE)
                            + " under each language) — give the page another slug" + (line > 0 ? "" : " (slug: …) or file name")));
                });
        for (String[] claim : claims) {
            String key = Slugs.collisionKey(claim[0]);
            String earlier = owners.putIfAbsent(key, claim[1]);
            if (earlier != null) {
                int line = slugLines.getOrDefault(claim[1], 0);
                problems.add(Problem.error(claim[1], line, line > 0 ? 1 : 0, "writes the same output path /" + claim[0] + "/ as " + earlier
                        + " — give one of them another slug or file name"));
            }
        }
    }

    private Edition edition(Language language, Map<PageId, Article> all, Map<PageId, StandalonePage> standalone,
            Map<PageId, ParsedPage> topicSources, Map<PageId, Topic> topicsOut) {
        String code = language.code();
        List<Article> articles = all.values().stream().filter(a -> a.id().language().equals(code))
                .sorted(Article.NEWEST_FIRST).toList();
        Set<String> topicIds = new LinkedHashSet<>(config.topics());
        for (Article article : articles) {
            List<String> own = article.topics();
            topicIds.addAll(own.size() < 2 ? own : own.stream().sorted().toList());
        }
        topicSources.keySet().stream().filter(id -> id.language().equals(code)).map(PageId::name).sorted()
                .forEach(topicIds::add);
        List<Topic> topics = new ArrayList<>();
        Map<String, List<PageId>> byTopic = new LinkedHashMap<>();
        for (String topicId : topicIds) {
            Topic topic = topic(code, topicId, topicSources, articles);
            topics.add(topic);
            topicsOut.put(topic.id(), topic);
            byTopic.put(topicId, articles.stream().filter(a -> a.topics().contains(topicId)).map(Article::id).toList());
        }
        Map<String, Tag> tags = new TreeMap<>();
        Map<String, List<PageId>> byTag = new TreeMap<>();
        for (Article article : articles) {
            for (Tag tag : article.tags()) {
                tags.putIfAbsent(tag.key(), tag);
                byTag.computeIfAbsent(tag.key(), k -> new ArrayList<>()).add(article.id());
            }
        }
        List<PageId> pages = standalone.keySet().stream().filter(id -> id.language().equals(code)).sorted().toList();
        return new Edition(language, articles.stream().map(Article::id).toList(), topics, byTopic,
                List.copyOf(tags.values()), byTag, pages);
    }

    private Topic topic(String code, String topicId, Map<PageId, ParsedPage> sources, List<Article> articles) {
        PageId id = new PageId(code, ContentKind.TOPIC, topicId);
        ParsedPage source = sources.get(id);
        if (source != null) {
            FrontMatter.Topic fm = (FrontMatter.Topic) source.frontMatter();
            return new Topic(id, topicId, fm.title().strip(), fm.description(), source.body(), source.path());
        }
        String usedBy = articles.stream().filter(a -> a.topics().contains(topicId)).map(Article::source).findFirst()
                .orElse("site.yaml");
        problems.add(Problem.warning(usedBy, 0, 0, "topic '" + topicId + "' has no content/" + code + "/topics/" + topicId
                + ".md — its page is titled by its id; add that file to give it a title and introduction"));
        return new Topic(id, topicId, topicId, null, null, null);
    }
}
